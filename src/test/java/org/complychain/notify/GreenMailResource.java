package org.complychain.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server (GreenMail) for the tests that read the mail the app sends. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

  static final String BASE_URL = "https://app.example.org";

  static GreenMail server;

  @Override
  public Map<String, String> start() {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return Map.of(
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", Integer.toString(server.getSmtp().getPort()),
        "quarkus.mailer.start-tls", "DISABLED",
        "quarkus.mailer.username", "",
        "complychain.notify.base-url", BASE_URL + "/");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
