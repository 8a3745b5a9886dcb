package io.xborder.sop.system;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The newest release whose templates the database runs, so that templates only move forward: during a
 * rolling upgrade a node still on the older jar must not deploy its older files over the newer ones.
 * A release is the build's version ({@code xborder.release}, e.g. {@code 0.3.1} or {@code 0.4.0-SNAPSHOT}).
 */
@Component
class TemplateReleases {

  private static final String TABLE = "XB_TEMPLATE_RELEASE";

  private final JdbcClient jdbc;

  TemplateReleases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest release that deployed templates here, if any did. Called under the start-up lock. */
  Optional<String> newest() {
    jdbc.sql("CREATE TABLE IF NOT EXISTS " + TABLE
        + " (ID_ INTEGER NOT NULL PRIMARY KEY, RELEASE_ VARCHAR(100) NOT NULL, NODE_ VARCHAR(255))").update();
    return jdbc.sql("SELECT RELEASE_ FROM " + TABLE + " WHERE ID_ = 1").query(String.class).optional();
  }

  /** Records that {@code release}, no older than {@link #newest()}, deployed the templates. */
  void record(String release, String node) {
    if (jdbc.sql("UPDATE " + TABLE + " SET RELEASE_ = :release, NODE_ = :node WHERE ID_ = 1")
        .param("release", release).param("node", node).update() == 0) {
      jdbc.sql("INSERT INTO " + TABLE + " (ID_, RELEASE_, NODE_) VALUES (1, :release, :node)")
          .param("release", release).param("node", node).update();
    }
  }

  /**
   * Whether {@code release} is older than {@code other}: numbers compared one by one (a missing one is 0),
   * then a release before its own pre-releases ({@code 1.0.0-SNAPSHOT} is older than {@code 1.0.0}).
   */
  static boolean isOlder(String release, String other) {
    int[] mine = numbers(release);
    int[] theirs = numbers(other);
    for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
      int difference = Integer.compare(i < mine.length ? mine[i] : 0, i < theirs.length ? theirs[i] : 0);
      if (difference != 0) {
        return difference < 0;
      }
    }
    return release.contains("-") && !other.contains("-");
  }

  private static int[] numbers(String release) {
    return Arrays.stream(release.split("-", 2)[0].split("\\."))
        .mapToInt(part -> part.chars().allMatch(Character::isDigit) && !part.isEmpty() ? Integer.parseInt(part) : 0)
        .toArray();
  }
}
