package org.complychain.risk;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.complychain.organisation.DemoOrganisations;
import org.complychain.organisation.Organisation;
import org.complychain.system.AppConfig;

/**
 * The demo's Northwind Apparel gets a register of 25 suppliers across goods and countries on the
 * list, so a newcomer sees the screening at once. Seeded once (while Northwind has no supplier),
 * under a lock, after the shipped edition is loaded.
 */
@ApplicationScoped
public class DemoSuppliers {

  @Inject AppConfig config;
  @Inject EntityManager em;
  @Inject Editions editions;

  /** name, country, region, tier, goods (keys, "+"), spend, migrants, agents, audit years ago. */
  private static final String[][] SUPPLIERS = {
    {"Dhaka Knitwear Ltd", "BD", "Gazipur", "1", "garments", "OVER_20", "n", "n", "1"},
    {"Chittagong Denim Mills", "BD", "Chattogram", "2", "textiles", "FROM_5_TO_20", "n", "y", "3"},
    {
      "Tashkent Cotton Cluster", "UZ", "Tashkent Region", "3", "cotton", "FROM_1_TO_5", "n", "n", ""
    },
    {
      "Anatolia Yarn A.S.",
      "TR",
      "Denizli",
      "2",
      "thread_yarn+cotton",
      "FROM_5_TO_20",
      "y",
      "y",
      "1"
    },
    {
      "Klang Glove Industries Sdn Bhd",
      "MY",
      "Selangor",
      "1",
      "rubber_gloves",
      "FROM_5_TO_20",
      "y",
      "y",
      "1"
    },
    {"Perak Latex Estates", "MY", "Perak", "3", "rubber", "UNDER_1", "y", "n", ""},
    {
      "Shenzhen Bright Electronics",
      "CN",
      "Guangdong",
      "1",
      "electronics",
      "FROM_5_TO_20",
      "y",
      "y",
      "1"
    },
    {
      "Ningbo Christmas Crafts",
      "CN",
      "Zhejiang",
      "1",
      "christmas_decorations",
      "UNDER_1",
      "y",
      "n",
      "4"
    },
    {"Xinjiang Cotton Trading", "CN", "Xinjiang", "3", "cotton", "UNDER_1", "n", "y", ""},
    {
      "Tiruppur Garment Exports", "IN", "Tamil Nadu", "1", "garments", "FROM_5_TO_20", "y", "y", "1"
    },
    {
      "Surat Embroidery Works",
      "IN",
      "Gujarat",
      "2",
      "embellished_textiles",
      "FROM_1_TO_5",
      "y",
      "y",
      ""
    },
    {
      "Ho Chi Minh Footwear Co.", "VN", "Binh Duong", "1", "footwear", "FROM_5_TO_20", "n", "n", "1"
    },
    {"Hanoi Stitch Garments", "VN", "Hanoi", "1", "garments", "FROM_1_TO_5", "n", "y", "2"},
    {"Phnom Penh Apparel", "KH", "Phnom Penh", "1", "garments", "FROM_1_TO_5", "n", "n", "1"},
    {"Abidjan Cocoa Cooperative", "CI", "Soubré", "2", "cocoa", "FROM_1_TO_5", "y", "n", ""},
    {"Kumasi Cocoa Buyers", "GH", "Ashanti", "2", "cocoa", "UNDER_1", "n", "n", "1"},
    {"Sialkot Sports Goods", "PK", "Punjab", "1", "soccer_balls", "UNDER_1", "n", "n", "1"},
    {"Lahore Leather Tannery", "PK", "Punjab", "2", "leather", "FROM_1_TO_5", "n", "y", ""},
    {"Minas Gerais Leather", "BR", "Minas Gerais", "2", "leather", "UNDER_1", "n", "n", "2"},
    {"Nuevo León Packaging", "MX", "Nuevo León", "1", "", "UNDER_1", "n", "n", "1"},
    {"Lisbon Button Company", "PT", "Lisboa", "1", "", "UNDER_1", "n", "n", "1"},
    {
      "Jakarta Palm Oleochemicals",
      "ID",
      "Riau",
      "3",
      "oleochemicals+crude_palm_oil",
      "UNDER_1",
      "y",
      "y",
      ""
    },
    {"Bangkok Shrimp Processors", "TH", "Samut Sakhon", "2", "shrimp", "UNDER_1", "y", "y", "3"},
    {"Antananarivo Mica Sourcing", "MG", "Anosy", "4", "mica", "UNDER_1", "n", "y", ""},
    {
      "Kolwezi Cobalt Traders",
      "CD",
      "Lualaba",
      "4",
      "cobalt_ore_heterogenite",
      "UNDER_1",
      "n",
      "y",
      ""
    },
  };

  @Transactional
  void seed(
      @Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 950)
          StartupEvent start) {
    if (!config.demo().enabled()) {
      return;
    }
    em.createNativeQuery("select pg_advisory_xact_lock(4311)").getSingleResult();
    Organisation northwind = Organisation.findById(DemoOrganisations.NORTHWIND);
    if (northwind == null || Supplier.count("organisation", northwind) > 0) {
      return;
    }
    ReferenceData active = editions.active().orElseThrow();
    LocalDate today = LocalDate.now();
    for (String[] row : SUPPLIERS) {
      Supplier s = new Supplier();
      s.organisation = northwind;
      s.name = row[0];
      s.countryCode = row[1];
      s.region = row[2];
      s.tier = Short.parseShort(row[3]);
      for (String key : row[4].split("\\+")) {
        if (!key.isEmpty()) {
          s.goodKeys.add(key);
        }
      }
      if (s.goodKeys.isEmpty()) {
        s.goodsText = row[0].contains("Button") ? "Buttons and trims" : "Cartons and labels";
      }
      s.spendShare = SpendShare.valueOf(row[5]);
      s.migrantWorkers = "y".equals(row[6]);
      s.labourAgents = "y".equals(row[7]);
      if (!row[8].isEmpty()) {
        s.lastAudit = today.minusYears(Long.parseLong(row[8])).minusMonths(2);
        s.auditScheme = "SMETA";
      }
      SupplierService.screen(s, active);
      s.persist();
    }
  }
}
