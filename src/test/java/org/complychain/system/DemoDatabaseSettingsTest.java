package org.complychain.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DemoDatabaseSettingsTest {

  @Test
  void startsOnlyForTheDemoProfileWithoutADatasource() {
    assertTrue(settings(Map.of("quarkus.profile", "demo"), Map.of()).shouldStart());
    assertFalse(settings(Map.of(), Map.of()).shouldStart());
    assertFalse(settings(Map.of("quarkus.profile", "prod"), Map.of()).shouldStart());
    assertFalse(
        settings(Map.of("quarkus.profile", "demo"), Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:x"))
            .shouldStart());
    assertFalse(
        settings(
                Map.of("quarkus.profile", "demo", "quarkus.datasource.jdbc.url", "jdbc:x"),
                Map.of())
            .shouldStart());
    assertTrue(settings(Map.of(), Map.of("QUARKUS_PROFILE", "demo")).shouldStart());
  }

  @Test
  void theDataDirectoryHasADefaultAndCanBeChosen() {
    assertEquals(
        Path.of("/home/x/.complychain/demo-postgres"),
        settings(Map.of("user.home", "/home/x"), Map.of()).dataDirectory());
    assertEquals(
        Path.of("/srv/demo"),
        settings(Map.of(), Map.of("COMPLYCHAIN_DEMO_DATA_DIR", "/srv/demo")).dataDirectory());
    assertEquals(
        Path.of("/opt/d"),
        settings(Map.of("complychain.demo.data-dir", "/opt/d"), Map.of()).dataDirectory());
  }

  private static DemoDatabaseSettings settings(Map<String, String> props, Map<String, String> env) {
    Properties p = new Properties();
    p.setProperty("user.home", "/root");
    p.putAll(props);
    return DemoDatabaseSettings.from(p, env);
  }
}
