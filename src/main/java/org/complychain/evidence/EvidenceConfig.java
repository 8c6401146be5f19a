package org.complychain.evidence;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of evidence uploads ({@code complychain.evidence.*}). The HTTP body limit ({@code
 * quarkus.http.limits.max-body-size}) must stay a little above the file limit.
 */
@ConfigMapping(prefix = "complychain.evidence")
public interface EvidenceConfig {

  /** The largest file accepted. */
  @WithDefault("20M")
  MemorySize maxFileSize();

  /** The total size of all of one organisation's files. */
  @WithDefault("500M")
  MemorySize organisationQuota();
}
