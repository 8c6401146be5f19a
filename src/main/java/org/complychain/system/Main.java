package org.complychain.system;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the embedded demo database when the demo profile runs without a datasource, then Quarkus.
 */
@QuarkusMain
public class Main {

  public static void main(String... args) {
    SecretKeys.prepare();
    if (DemoDatabaseSettings.fromEnvironment().shouldStart()) {
      DemoDatabase.start(DemoDatabaseSettings.fromEnvironment());
    }
    Quarkus.run(args);
  }
}
