package org.complychain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeRedirectTest {

  @Test
  void keepsLocalPaths() {
    assertEquals("/dashboard?x=1", SafeRedirect.localPath("/dashboard?x=1"));
  }

  @Test
  void refusesEverythingThatCouldLeaveTheSite() {
    for (String bad :
        new String[] {
          null,
          "",
          "https://evil.example",
          "//evil.example",
          "/\\evil.example",
          "dashboard",
          "/a\nb",
          "/ /evil.com",
          "/<script>",
          "/\"",
          "/{x}",
          "/a|b",
          "/%zz"
        }) {
      assertEquals("/", SafeRedirect.localPath(bad), String.valueOf(bad));
    }
  }
}
