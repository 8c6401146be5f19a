package org.complychain.api;

import java.util.List;
import java.util.UUID;
import org.complychain.risk.RiskLevel;
import org.complychain.risk.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supplier of the register with the outcome of its risk screening. */
@Schema(name = "SupplierRisk", description = "A supplier and its screened risk")
public record SupplierJson(
    UUID id,
    String name,
    @Schema(description = "ISO 3166-1 alpha-2") String country,
    String region,
    @Schema(description = "1 to 4, where 4 stands for 4 or deeper") int tier,
    @Schema(description = "Goods as keys of the reference list") List<String> goods,
    @Schema(description = "The level in force: the override if there is one, else the screening's")
        RiskLevel riskLevel,
    @Schema(description = "Weighted screening score, 0 to 25") Integer riskScore,
    @Schema(description = "Whether a member set the level by hand") boolean overridden) {

  static SupplierJson of(Supplier s) {
    return new SupplierJson(
        s.id,
        s.name,
        s.countryCode,
        s.region,
        s.tier,
        List.copyOf(s.goodKeys),
        s.riskLevel,
        s.riskScore,
        s.overrideLevel != null);
  }
}
