package org.complychain.pdf;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.complychain.organisation.OrgMessages;
import org.complychain.plan.PlanMessages;

/**
 * Message bundles read straight from {@code i18n/messages}, for rendering without a running Quarkus
 * (unit tests and the benchmark). A method's text is its key's value with each {@code {parameter}}
 * replaced, which is all the PDF's messages use; the Quarkus tests render through the real Qute
 * bundles.
 */
final class BundleFiles {

  private BundleFiles() {}

  static PdfText text(String lang) {
    return new PdfText(
        lang,
        bundle(PdfMessages.class, "pdf", lang),
        bundle(PlanMessages.class, "plan", lang),
        bundle(OrgMessages.class, "org", lang));
  }

  static Properties load(String family, String lang) {
    Properties props = new Properties();
    Path file = Path.of("i18n", "messages", family + "_" + lang + ".properties");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  private static <T> T bundle(Class<T> type, String family, String lang) {
    Properties props = load(family, lang);
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.invoke(props, args);
              }
              return format(props, method, args);
            });
    return type.cast(proxy);
  }

  private static String format(Properties props, Method method, Object[] args) {
    String text = props.getProperty(method.getName());
    if (text == null) {
      throw new IllegalStateException("No message " + method.getName());
    }
    Parameter[] params = method.getParameters();
    for (int i = 0; i < params.length; i++) {
      text = text.replace("{" + params[i].getName() + "}", String.valueOf(args[i]));
    }
    return text;
  }
}
