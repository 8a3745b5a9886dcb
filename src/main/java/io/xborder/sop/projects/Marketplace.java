package io.xborder.sop.projects;

import java.util.Arrays;
import java.util.Optional;

/**
 * The marketplaces the templates know, with the short code used in project codes ({@code SO-AMZ-DE-0007})
 * and the name people read. The ids are the values the start forms' marketplace selects submit.
 */
public enum Marketplace {
  AMAZON("amazon", "AMZ", "亚马逊"),
  SHOPEE("shopee", "SHP", "Shopee"),
  LAZADA("lazada", "LZD", "Lazada"),
  TIKTOK_SHOP("tiktok-shop", "TTS", "TikTok Shop"),
  EBAY("ebay", "EBY", "eBay"),
  WALMART("walmart", "WMT", "沃尔玛"),
  TEMU("temu", "TEMU", "Temu");

  private final String id;
  private final String code;
  private final String displayName;

  Marketplace(String id, String code, String displayName) {
    this.id = id;
    this.code = code;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<Marketplace> byId(String id) {
    return Arrays.stream(values()).filter(marketplace -> marketplace.id.equals(id)).findFirst();
  }
}
