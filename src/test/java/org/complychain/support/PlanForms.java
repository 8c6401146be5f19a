package org.complychain.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.support.SignIn.Session;

/** Plans and element forms through the real pages, as a browser would send them. */
public final class PlanForms {

  private static final Pattern VERSION =
      Pattern.compile("name=\"version\\.([^\"]+)\" value=\"(\\d+)\"");

  private PlanForms() {}

  /** Creates a plan through the form, as a member would, and returns its address (/plans/id). */
  public static String create(Session session, String title) {
    String location =
        session
            .req()
            .formParam("csrf-token", session.csrfToken())
            .formParam("title", title)
            .formParam("start", "2027-01-01")
            .formParam("end", "2027-12-31")
            .post("/plans")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    return location.replaceFirst("^https?://[^/]+", "");
  }

  public static Map<String, String> element(Session session, String plan, String element) {
    String html =
        session
            .req()
            .get(plan + "/elements/" + element)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf-token", SignIn.token(html));
    Matcher m = VERSION.matcher(html);
    while (m.find()) {
      String q = m.group(1);
      form.put("version." + q, m.group(2));
      form.put("status." + q, checkedStatus(html, q));
      form.put("text." + q, textarea(html, "text-" + q));
      form.put("reason." + q, textarea(html, "reason-" + q));
      form.put("owner." + q, inputValue(html, "owner-" + q));
      form.put("target." + q, inputValue(html, "target-" + q));
      form.put("loaded." + q, hidden(html, "loaded." + q));
    }
    return form;
  }

  private static String checkedStatus(String html, String q) {
    Matcher m =
        Pattern.compile("name=\"status\\." + Pattern.quote(q) + "\" value=\"(\\w+)\" checked")
            .matcher(html);
    return m.find() ? m.group(1) : "NOT_STARTED";
  }

  private static String textarea(String html, String id) {
    Matcher m =
        Pattern.compile("<textarea id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)</textarea>")
            .matcher(html);
    return m.find() ? unescape(m.group(1)) : "";
  }

  private static String inputValue(String html, String id) {
    Matcher m =
        Pattern.compile("<input id=\"" + Pattern.quote(id) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    return m.find() ? unescape(m.group(1)) : "";
  }

  private static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
    return m.find() ? m.group(1) : "";
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
