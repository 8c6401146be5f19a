package org.complychain.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Keeps redirects inside this site: only a local absolute path is accepted. */
public final class SafeRedirect {

  private static final int MAX_LENGTH = 2000;

  private SafeRedirect() {}

  public static String localPath(String candidate) {
    if (candidate == null
        || candidate.isEmpty()
        || candidate.length() > MAX_LENGTH
        || !candidate.startsWith("/")
        || candidate.startsWith("//")
        || candidate.contains("\\")
        || candidate.chars().anyMatch(c -> c < 0x20)
        || !localUri(candidate)) {
      return "/";
    }
    return candidate;
  }

  /**
   * Redirects are built with {@code URI.create}: a space, quote or broken escape must not reach it.
   */
  private static boolean localUri(String candidate) {
    try {
      URI uri = new URI(candidate);
      return uri.getScheme() == null && uri.getRawAuthority() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
