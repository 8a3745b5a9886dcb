package io.xborder.sop.projects;

import java.util.Arrays;
import java.util.Optional;

/**
 * The marketplaces the templates know, with the short code used in project codes ({@code SO-AMZ-DE-0007}).
 * The ids are the values the start forms' marketplace selects submit; the name people read is the
 * selects' label ({@code OptionLabels}).
 */
public enum Marketplace {
  AMAZON("amazon", "AMZ"),
  SHOPEE("shopee", "SHP"),
  LAZADA("lazada", "LZD"),
  TIKTOK_SHOP("tiktok-shop", "TTS"),
  EBAY("ebay", "EBY"),
  WALMART("walmart", "WMT"),
  TEMU("temu", "TEMU");

  private final String id;
  private final String code;
  Marketplace(String id, String code) {
    this.id = id;
    this.code = code;
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public static Optional<Marketplace> byId(String id) {
    return Arrays.stream(values()).filter(marketplace -> marketplace.id.equals(id)).findFirst();
  }
}
