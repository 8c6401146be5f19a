package org.complychain.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTest {

  @Test
  void paragraphsAndListsAreSeparated() {
    List<Block> blocks =
        Block.parse("First line\ncontinues.\n\n- one\n- two\nAfter the list.\n\nLast <b>raw</b>.");
    assertEquals(
        List.of(
            new Block("First line continues.", null),
            new Block(null, List.of("one", "two")),
            new Block("After the list.", null),
            new Block("Last <b>raw</b>.", null)),
        blocks);
  }
}
