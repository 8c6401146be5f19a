package org.complychain.guidance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.complychain.guidance.Catalogue.GlossaryEntry;
import org.complychain.guidance.Catalogue.TopicPage;
import org.complychain.security.CurrentUser;
import org.complychain.web.RequestLocale;

/** The public guidance: index, modules, topics, glossary and search, in the reader's language. */
@Path("/guidance")
@Produces(MediaType.TEXT_HTML)
public class GuidanceResource {

  @Inject Catalogue catalogue;
  @Inject RequestLocale locale;
  @Inject CurrentUser user;
  @Inject ReadingProgress progress;

  /** A module on the index page, with the reader's progress when signed in. */
  public record ModuleCard(GuidanceModule module, int read, int total) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(
        List<ModuleCard> intro, List<ModuleCard> elements, boolean signedIn);

    static native TemplateInstance module(GuidanceModule module, Set<String> read);

    static native TemplateInstance topic(TopicPage page);

    static native TemplateInstance glossary(List<GlossaryEntry> entries);

    static native TemplateInstance search(GuidanceSearch.Results results, int maxLength);
  }

  @GET
  public TemplateInstance index() {
    Set<String> read = readTopics();
    List<ModuleCard> cards =
        catalogue.modules(locale.tag()).stream()
            .map(
                m ->
                    new ModuleCard(
                        m,
                        (int) m.topics().stream().filter(t -> read.contains(t.id())).count(),
                        m.topics().size()))
            .toList();
    return Templates.index(
        cards.stream().filter(c -> !c.module().element()).toList(),
        cards.stream().filter(c -> c.module().element()).toList(),
        user.signedIn());
  }

  @GET
  @Path("glossary")
  public TemplateInstance glossary() {
    return Templates.glossary(catalogue.glossary(locale.tag()));
  }

  @GET
  @Path("search")
  public TemplateInstance search(@QueryParam("q") String query, @QueryParam("page") String page) {
    return Templates.search(
        catalogue.search(locale.tag(), query, pageNumber(page)), GuidanceSearch.MAX_QUERY_LENGTH);
  }

  /** A page number that is not one (edited by hand, say) shows the first page, not an error. */
  private static int pageNumber(String page) {
    try {
      return page == null ? 1 : Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  @GET
  @Path("{module}")
  public TemplateInstance module(@PathParam("module") String moduleId) {
    GuidanceModule module =
        catalogue.module(locale.tag(), moduleId).orElseThrow(NotFoundException::new);
    return Templates.module(module, readTopics());
  }

  @GET
  @Path("{module}/{topic}")
  public TemplateInstance topic(
      @PathParam("module") String moduleId, @PathParam("topic") String slug) {
    TopicPage page =
        catalogue.topic(locale.tag(), moduleId, slug).orElseThrow(NotFoundException::new);
    if (user.signedIn()) {
      progress.markRead(user.username(), page.topic().id());
    }
    return Templates.topic(page);
  }

  private Set<String> readTopics() {
    return user.signedIn() ? progress.readTopics(user.username()) : Set.of();
  }
}
