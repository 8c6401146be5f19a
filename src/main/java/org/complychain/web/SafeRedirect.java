package org.complychain.web;

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
        || candidate.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return candidate;
  }
}
