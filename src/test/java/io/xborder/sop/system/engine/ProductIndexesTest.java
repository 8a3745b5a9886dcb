package io.xborder.sop.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.TestDatabase;
import io.xborder.sop.system.ProductIndex;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
@Tag(TestDatabase.POSTGRESQL_TAG)
class ProductIndexesTest {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  List<ProductIndex> declared;

  @Test
  void everyIndexTheCapabilitiesDeclareIsOnItsTableAfterStartAndCreatingThemAgainChangesNothing() {
    assertThat(declared).extracting(ProductIndex::name).contains("XB_IDX_HI_TASK_OPEN_DUE");
    Set<String> before = indexesOf("ACT_HI_TASKINST");
    assertThat(before).contains("XB_IDX_HI_TASK_OPEN_DUE");

    // What a second node or the next start does: the indexes are there, nothing is built twice.
    ProductIndexes.createMissing(jdbc, declared);
    assertThat(indexesOf("ACT_HI_TASKINST")).isEqualTo(before);
  }

  @Test
  void postgresHasTheAnalysedStatisticsItsPlannerNeedsForTasklistAndH2IsNotAskedForThem() {
    assertThat(declared).extracting(ProductIndex::name).contains("XB_STAT_AUTH_PERMS");
    if (postgres()) {
      // Analysed at creation: without data the planner would guess as before.
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_statistic_ext S JOIN pg_statistic_ext_data D ON D.stxoid = S.oid"
          + " WHERE S.stxname = 'xb_stat_auth_perms' AND D.stxdexpr IS NOT NULL", Integer.class)).isEqualTo(1);
    }
    ProductIndex statistics = declared.stream().filter(ProductIndex::isStatistics).findFirst().orElseThrow();
    assertThat(statistics.createStatement(false)).isEmpty();
    assertThat(statistics.statisticsTable()).isEqualTo("ACT_RU_AUTHORIZATION");

    // A second node's start: nothing fails, nothing is analysed again.
    ProductIndexes.createMissing(jdbc, declared);
  }

  @Test
  void aProductIndexIsNamedSoThatAnOperatorTellsItFromTheEngineOwn() {
    assertThatThrownBy(() -> ProductIndex.on("ACT_IDX_MINE", "ACT_HI_TASKINST (DUE_DATE_)"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XB_IDX_");
    assertThatThrownBy(() -> ProductIndex.postgresStatistics("XB_IDX_MINE", "(PERMS_ & 2) FROM ACT_RU_AUTHORIZATION"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XB_STAT_");
  }

  private boolean postgres() {
    return jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
  }

  private Set<String> indexesOf(String table) {
    return jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
      DatabaseMetaData metaData = connection.getMetaData();
      // H2 keeps names in capitals, PostgreSQL in lower case.
      String name = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
      Set<String> names = new HashSet<>();
      try (ResultSet rs = metaData.getIndexInfo(null, null, name, false, false)) {
        while (rs.next()) {
          if (rs.getString("INDEX_NAME") != null) {
            names.add(rs.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
      return names;
    });
  }
}
