package org.complychain.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Export → import into a fresh organisation → export gives the same content, in every language,
 * apart from what {@link ExchangeSamples#comparable} documents as differing.
 */
@QuarkusTest
@DatabaseTest
class RoundTripTest {

  @Inject ExchangeImport importer;
  @Inject ExchangeExport export;

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void exportImportExportKeepsTheContent(String lang) throws Exception {
    UUID first = ExchangeSamples.freshOrganisation("Round trip A " + lang);
    importer.importInto(
        first,
        new ByteArrayInputStream(ExchangeSamples.bytes(ExchangeSamples.organisationFile(lang))),
        "tester");
    byte[] exported = exportOf(first);
    String text = new String(exported, StandardCharsets.UTF_8);
    Map<String, String> t = ExchangeSamples.text(lang);
    assertTrue(text.contains(t.get("answer")), text);
    assertTrue(text.contains(t.get("action")), text);
    assertTrue(text.contains(t.get("title")), text);
    assertTrue(text.contains("\"schemaVersion\" : 1"), text);

    UUID second = ExchangeSamples.freshOrganisation("Round trip B " + lang);
    ExchangeImport.Result result =
        importer.importInto(second, new ByteArrayInputStream(exported), "tester");
    assertEquals(new ExchangeImport.Result(1, 1, 1), result);
    byte[] again = exportOf(second);

    assertEquals(ExchangeSamples.comparable(exported), ExchangeSamples.comparable(again));
  }

  private byte[] exportOf(UUID organisation) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ExchangeJson.write(
                    export.organisation(Organisation.<Organisation>findById(organisation))));
  }
}
