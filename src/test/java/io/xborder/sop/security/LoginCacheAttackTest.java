package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A successful HTTP Basic login is remembered for a short time (xborder.login-cache). An attacker who
 * knows the user name tries passwords while the real user's login is remembered; an administrator takes a
 * supervisor's rights or password away and the old login must not live on. Each test has its own user (a
 * supervisor: may read jobs, which staff may not) and its own client address, so the login throttle of the
 * other tests' address (127.0.0.1) is untouched.
 */
@PlatformTest
class LoginCacheAttackTest {

  /** Readable to Cockpit users only ({@code system.JobApiAccessFilter}), judged by the login's groups. */
  private static final String COCKPIT_ONLY = REST + "/job/count";

  @Autowired PlatformHttp http;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  private IdentityService identity;
  private String userId;

  @BeforeEach
  void aSupervisor() {
    identity = engine.getIdentityService();
    userId = "cache-probe-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(userId);
    user.setPassword("right-password-1");
    identity.saveUser(user);
    identity.createMembership(userId, "supervisors");
  }

  @AfterEach
  void removeTheSupervisor() {
    identity.deleteUser(userId);
  }

  @Test
  void aWrongPasswordIsRefusedWhileTheRightOneIsRemembered() {
    String attacker = "127.0.0.3";
    assertThat(get(attacker, "right-password-1")).as("the real user's login, now remembered").isEqualTo(200);

    for (String guess : new String[] {"right-password-2", "Right-password-1", "right-password-1 ", ""}) {
      assertThat(get(attacker, guess)).as("guess '%s'", guess).isEqualTo(401);
    }
    assertThat(get(attacker, "right-password-1")).isEqualTo(200);
    for (int guess = 0; guess < 10; guess++) {
      get(attacker, "guess-" + guess);
    }
    assertThat(get(attacker, "right-password-1"))
        .as("every wrong guess counted: the throttled address waits, even with a remembered password").isEqualTo(429);
  }

  @Test
  void aRemovedMembershipOrANewPasswordCountsAtTheNextRequest() {
    String office = "127.0.0.4";
    assertThat(get(office, "right-password-1")).as("a supervisor reads jobs").isEqualTo(200);

    identity.deleteMembership(userId, "supervisors");
    assertThat(get(office, "right-password-1")).as("no longer a supervisor").isEqualTo(403);

    identity.createMembership(userId, "supervisors");
    assertThat(get(office, "right-password-1")).isEqualTo(200);
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword("right-password-2");
    identity.saveUser(user);
    assertThat(get(office, "right-password-1")).as("the old password").isEqualTo(401);
    assertThat(get(office, "right-password-2")).as("the new password").isEqualTo(200);
  }

  @Test
  void aPasswordChangedOnAnotherNodeCountsWithinTheTimeToLive() {
    String office = "127.0.0.5";
    assertThat(get(office, "right-password-1")).isEqualTo(200);

    // Another node's change reaches this one only through the database (here: lina's password, "demo"): this node
    // remembers the old login for up to time-to-live (60 s) and then checks the password again.
    jdbc.sql("UPDATE ACT_ID_USER SET (PWD_, SALT_) = (SELECT PWD_, SALT_ FROM ACT_ID_USER WHERE ID_ = 'lina') WHERE ID_ = :id")
        .param("id", userId).update();

    assertThat(get(office, "right-password-1")).as("remembered on this node").isEqualTo(200);
    assertThat(get(office, PlatformHttp.DEMO_PASSWORD)).as("the new password, checked in the database").isEqualTo(200);
    assertThat(get(office, "right-password-2")).as("a wrong one").isEqualTo(401);
  }

  private int get(String sourceAddress, String password) {
    return http.sendFrom(sourceAddress, "GET", COCKPIT_ONLY,
        Map.of("Authorization", PlatformHttp.basic(userId, password)), "").status();
  }
}
