package org.complychain.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One slice of a list: its items, where it starts, the limit used and how many there are. */
@Schema(description = "One page of a list")
public record ApiPage<T>(
    List<T> items,
    @Schema(description = "Index of the first item, from 0") int offset,
    @Schema(description = "Most items per page (at most 100)") int limit,
    @Schema(description = "Items in the whole list") long total) {

  static <T> ApiPage<T> empty(PageRequest page) {
    return new ApiPage<>(List.of(), page.offset(), page.limit(), 0);
  }
}
