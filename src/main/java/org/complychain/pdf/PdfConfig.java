package org.complychain.pdf;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many plan PDFs are rendered at once and how long a download waits for its turn. */
@ConfigMapping(prefix = "complychain.pdf")
public interface PdfConfig {

  /** Documents laid out at the same time; 0 means one per available processor. */
  @WithDefault("0")
  int renderSlots();

  /** Downloads that may wait for a slot; any more are told to come back. */
  @WithDefault("8")
  int renderQueue();

  /** How long a waiting download waits before it is told to come back. */
  @WithDefault("PT10S")
  Duration renderWait();
}
