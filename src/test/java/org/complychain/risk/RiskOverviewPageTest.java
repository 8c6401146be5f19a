package org.complychain.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.support.DatabaseTest;
import org.complychain.support.RecordedStatements;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kestrel (company2) sees its own screening counted and drawn; nobody else's. */
@QuarkusTest
@DatabaseTest
class RiskOverviewPageTest {

  private final String prefix = "Overview test " + UUID.randomUUID() + " ";

  @AfterEach
  void removeTestSuppliers() {
    QuarkusTransaction.requiringNew().run(() -> Supplier.delete("name like ?1", "Overview test %"));
  }

  @Test
  void theCountsMatchTheScreeningAndTheChartsAreDescribed() {
    Session kestrel = SignIn.session("company2");
    add(kestrel, "cocoa CI", "CI", "4", "cocoa", true);
    add(kestrel, "cocoa GH", "GH", "1", "cocoa", false);
    add(kestrel, "cocoa GH 2", "GH", "1", "cocoa", false);
    add(kestrel, "paper FR", "FR", "1", "", false);

    Map<RiskLevel, Long> expected = levels("Kestrel Cocoa Trading");
    assertTrue(expected.get(RiskLevel.CRITICAL) >= 1, expected.toString());
    String html = kestrel.req().get("/risk/overview").then().statusCode(200).extract().asString();
    for (RiskLevel level : RiskLevel.values()) {
      assertTrue(
          html.contains(
              "<a href=\"/risk/suppliers?level="
                  + level.name()
                  + "\">"
                  + expected.get(level)
                  + " supplier(s)</a>"),
          level + " " + expected);
    }
    assertTrue(
        html.contains(
            "<desc id=\"bars-desc\">Bar chart of suppliers by risk level: "
                + expected.get(RiskLevel.CRITICAL)
                + " critical, "
                + expected.get(RiskLevel.HIGH)
                + " high, "
                + expected.get(RiskLevel.MEDIUM)
                + " medium, "
                + expected.get(RiskLevel.LOW)
                + " low.</desc>"),
        html);
    assertTrue(html.contains("role=\"img\" aria-labelledby=\"heat-title heat-desc\""), html);
    assertTrue(html.contains("<title id=\"heat-title\">Risk by country and good</title>"), html);
    assertTrue(html.contains("<desc id=\"heat-desc\">Heat map: countries in rows"), html);
    // The heat map's figures in text: Ghana's cocoa, two suppliers, and the edition named.
    assertTrue(html.matches("(?s).*<th scope=\"row\">Ghana</th>.*"), html);
    assertTrue(html.contains("<th scope=\"col\">Cocoa</th>"), html);
    assertTrue(html.contains("List of Goods 2023, country findings 2022"), html);
    for (String svg : html.split("<svg")) {
      String drawing = svg.contains("</svg>") ? svg.substring(0, svg.indexOf("</svg>")) : "";
      assertTrue(!drawing.contains("<script"), "the drawings need no script");
    }

    kestrel
        .req()
        .header("Accept-Language", "es")
        .get("/risk/overview")
        .then()
        .body(containsString("<title id=\"bars-title\">Proveedores por nivel de riesgo</title>"))
        .body(containsString("Mapa de calor: países en filas"));
  }

  @Test
  void theOverviewReadsTheSameFewStatementsForOneSupplierOrMany() {
    Session kestrel = SignIn.session("company2");
    add(kestrel, "one", "CI", "1", "cocoa", false);
    kestrel.req().get("/risk/overview").then().statusCode(200);
    RecordedStatements.start();
    kestrel.req().get("/risk/overview").then().statusCode(200);
    int few = RecordedStatements.stop().size();
    for (int i = 0; i < 6; i++) {
      add(
          kestrel,
          "many " + i,
          i % 2 == 0 ? "GH" : "UZ",
          "2",
          i % 2 == 0 ? "cocoa" : "cotton",
          i > 2);
    }
    kestrel.req().get("/risk/overview").then().statusCode(200);
    RecordedStatements.start();
    kestrel.req().get("/risk/overview").then().statusCode(200);
    List<String> many = RecordedStatements.stop();
    assertTrue(many.size() <= few, few + " then " + many);
  }

  @Test
  void othersSeeNoneOfIt() {
    Session kestrel = SignIn.session("company2");
    add(kestrel, "private", "CI", "1", "cocoa", false);
    SignIn.session("company")
        .req()
        .get("/risk/overview")
        .then()
        .statusCode(200)
        .body(not(containsString(prefix)));
    SignIn.as("auditor").get("/risk/overview").then().statusCode(403);
    SignIn.as("admin").get("/risk/overview").then().statusCode(403);
  }

  private void add(
      Session session, String name, String country, String tier, String good, boolean migrants) {
    var request =
        session
            .req()
            .formParam("csrf-token", session.csrfToken())
            .formParam("name", prefix + name)
            .formParam("country", country)
            .formParam("tier", tier);
    if (good.isEmpty()) {
      request.formParam("goodsText", "Office paper");
    } else {
      request.formParam("goods", good);
    }
    if (migrants) {
      request.formParam("migrantWorkers", "yes").formParam("labourAgents", "yes");
    }
    request.post("/risk/suppliers").then().statusCode(303);
  }

  private static Map<RiskLevel, Long> levels(String organisationName) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Organisation o =
                  Organisation.<Organisation>find("name", organisationName).singleResult();
              Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
              for (RiskLevel level : RiskLevel.values()) {
                counts.put(level, Supplier.count("organisation = ?1 and riskLevel = ?2", o, level));
              }
              return counts;
            });
  }
}
