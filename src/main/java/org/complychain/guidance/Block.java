package org.complychain.guidance;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph or a bullet list of guidance text. Content is plain text: paragraphs are separated by
 * a blank line and a line starting with "- " is a list item, so no markup ever reaches a page.
 */
public record Block(String paragraph, List<String> items) {

  public boolean list() {
    return items != null;
  }

  static List<Block> parse(String body) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    List<String> items = null;
    for (String raw : body.strip().split("\n")) {
      String line = raw.strip();
      if (line.startsWith("- ")) {
        flushParagraph(blocks, paragraph);
        if (items == null) {
          items = new ArrayList<>();
        }
        items.add(line.substring(2).strip());
      } else if (line.isEmpty()) {
        flushParagraph(blocks, paragraph);
        items = flushList(blocks, items);
      } else {
        items = flushList(blocks, items);
        if (paragraph.length() > 0) {
          paragraph.append(' ');
        }
        paragraph.append(line);
      }
    }
    flushParagraph(blocks, paragraph);
    flushList(blocks, items);
    return List.copyOf(blocks);
  }

  private static void flushParagraph(List<Block> blocks, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      blocks.add(new Block(paragraph.toString(), null));
      paragraph.setLength(0);
    }
  }

  private static List<String> flushList(List<Block> blocks, List<String> items) {
    if (items != null) {
      blocks.add(new Block(null, List.copyOf(items)));
    }
    return null;
  }
}
