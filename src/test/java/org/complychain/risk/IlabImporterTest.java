package org.complychain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complychain.risk.ImportProblem.Kind;
import org.junit.jupiter.api.Test;

/** The importer on ILAB's published files, and on files spoilt in the ways uploads go wrong. */
class IlabImporterTest {

  @Test
  void readsThePublishedEditionAsFacts() throws Exception {
    EditionData edition = IlabFiles.published();
    assertEquals(467, edition.listings().size());
    assertEquals(169, edition.listings().stream().map(Listing::goodKey).distinct().count());
    assertEquals(78, edition.listings().stream().map(Listing::countryCode).distinct().count());
    assertEquals(143, edition.findings().size());
    assertEquals(10, edition.listings().stream().filter(Listing::derived).count());

    Map<String, Listing> pairs =
        edition.listings().stream().collect(Collectors.toMap(Listing::pair, Function.identity()));
    Listing gloves = pairs.get("rubber_gloves|MY");
    assertTrue(gloves.forcedLabour());
    assertEquals(Sector.MANUFACTURING, gloves.sector());
    assertEquals(Region.INDO_PACIFIC, gloves.region());
    Listing cocoa = pairs.get("cocoa|CI");
    assertTrue(cocoa.childLabour() && cocoa.forcedChildLabour());
    assertTrue(pairs.containsKey("jade|MM"), "Burma is Myanmar");
    assertTrue(pairs.containsKey("cotton|TR"), "Turkey (Türkiye)");
    assertTrue(pairs.containsKey("acai_berries|BR"));
  }

  @Test
  void countriesAndTerritoriesAreMappedToIsoCodes() throws Exception {
    Map<String, CountryFinding> findings =
        IlabFiles.published().findings().stream()
            .collect(Collectors.toMap(CountryFinding::countryCode, Function.identity()));
    assertEquals(Advancement.NONE, findings.get("AF").advancement());
    assertEquals(Advancement.MINIMAL, findings.get("SO").advancement(), "qualified level");
    assertEquals(Region.MIDDLE_EAST_NORTH_AFRICA, findings.get("PS").region());
    for (String code : List.of("CD", "CG", "CV", "FK", "SH", "VC", "GM", "KG", "XK", "CI", "TK")) {
      assertTrue(findings.containsKey(code), code);
    }
  }

  @Test
  void everyGoodHasANameInEveryLanguage() throws Exception {
    for (Listing listing : IlabFiles.published().listings()) {
      for (String lang : List.of("en", "es", "fr", "ms")) {
        assertTrue(
            GoodNames.known(listing.goodKey()) && !GoodNames.name(listing, lang).isBlank(),
            listing.goodKey() + " in " + lang);
      }
    }
    assertEquals("Getah", GoodNames.name("rubber", "Rubber", "ms"));
  }

  @Test
  void anUnknownCountryIsNamedWithItsElementAndLine() throws Exception {
    String goods =
        IlabFiles.goodsText().replaceFirst("<Country_Name>Brazil<", "<Country_Name>Atlantis<");
    IlabFormatException e = refused(goods, IlabFiles.findingsText());
    ImportProblem problem = e.problems().get(0);
    assertEquals(Kind.UNKNOWN_COUNTRY, problem.kind());
    assertEquals("Country_Name", problem.element());
    assertEquals("Atlantis", problem.value());
    assertEquals(IlabImporter.GOODS_FILE, problem.file());
    assertEquals(lineOf(goods, "Atlantis"), problem.line());
  }

  @Test
  void badFlagsMissingElementsAndBrokenXmlAreRefused() throws Exception {
    String goods =
        IlabFiles.goodsText()
            .replaceFirst("<Child_Labor>Yes<", "<Child_Labor>Perhaps<")
            .replaceFirst("<Good_Sector>Manufacturing</Good_Sector>", "");
    List<Kind> kinds =
        refused(goods, IlabFiles.findingsText()).problems().stream()
            .map(ImportProblem::kind)
            .toList();
    assertTrue(kinds.containsAll(List.of(Kind.NOT_YES_NO, Kind.MISSING)), kinds.toString());

    String broken = IlabFiles.findingsText().replaceFirst("</Region>", "</Regio>");
    ImportProblem problem = refused(IlabFiles.goodsText(), broken).problems().get(0);
    assertEquals(Kind.NOT_XML, problem.kind());
    assertEquals(IlabImporter.FINDINGS_FILE, problem.file());
    assertEquals(lineOf(broken, "</Regio>"), problem.line());

    ImportProblem root =
        refused("<Plants><Good/></Plants>", IlabFiles.findingsText()).problems().get(0);
    assertEquals(Kind.WRONG_ROOT, root.kind());
  }

  @Test
  void anEntityDeclarationIsNotFollowed() {
    String goods =
        "<?xml version=\"1.0\"?><!DOCTYPE Goods [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + "<Goods><Good>&x;</Good></Goods>";
    // Refused as unreadable XML at the entity, not later for a missing field.
    assertEquals(Kind.NOT_XML, refused(goods, "<Countries/>").problems().get(0).kind());
  }

  private static IlabFormatException refused(String goods, String findings) {
    return assertThrows(IlabFormatException.class, () -> read(goods, findings));
  }

  private static EditionData read(String goods, String findings)
      throws IOException, IlabFormatException {
    try (InputStream g = stream(goods);
        InputStream f = stream(findings)) {
      return IlabImporter.read(g, f, 2025, 2024);
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
  }
}
