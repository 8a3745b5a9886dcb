package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.DEMO_PASSWORD;
import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformHttp.RawResponse;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stranger at another address (127.0.0.2) guesses the passwords of the ERP's technical user over HTTP
 * Basic and of lina at the web apps' login form, one after the other, without pause. The real users at
 * 127.0.0.1 keep logging in with the right password all along, and nobody stays locked afterwards. Only
 * 127.0.0.2 is ever throttled, so the other tests of the shared platform (from 127.0.0.1) are not affected.
 */
@PlatformTest
class LoginLockoutAttackTest {

  /** Delivers nothing: the event's required field is missing. */
  private static final String EMPTY_EVENT = "/events/FbaInboundReceived";
  private static final int LOGGED_IN = 400;


  private static final String ATTACKER = "127.0.0.2";
  private static final Pattern COOKIE = Pattern.compile("(JSESSIONID|XSRF-TOKEN)=([^;]+)");

  @Autowired PlatformHttp http;

  @Test
  void wrongPasswordsSlowDownTheStrangerAndNeverLockOutTheRealUsers() {
    int guesses = 0;
    RawResponse refused = null;
    while (refused == null) {
      assertThat(guesses).as("the stranger is throttled soon").isLessThan(30);
      for (RawResponse answer : new RawResponse[] {guessBasic("erp-integration", "guess-" + guesses),
          guessWebLogin("lina", "guess-" + guesses)}) {
        assertThat(answer.status()).isIn(401, 429);
        if (answer.status() == 429) {
          refused = answer;
        }
      }
      guesses++;
      theRealUsersLogIn();
    }
    assertThat(refused.headers()).containsKey("retry-after");

    // The stranger guesses on as soon as it is let in (a refused attempt is no failure): every further failure
    // doubles the wait.
    long wait = retryAfter(refused);
    for (int round = 0; wait < 8; round++) {
      assertThat(round).as("the waits grow").isLessThan(10);
      theRealUsersLogIn();
      String guess = "more-" + round;
      RawResponse letIn = await("the stranger let in to guess again once its " + wait + " s are over")
          .atMost(Duration.ofSeconds(wait + 30)).pollInterval(Duration.ofMillis(250)).pollInSameThread()
          .until(() -> guessBasic("erp-integration", guess), answer -> answer.status() != 429);
      assertThat(letIn.status()).isEqualTo(401);
      RawResponse next = guessWebLogin("lina", guess);
      assertThat(next.status()).isIn(401, 429);
      if (next.status() == 429) {
        wait = retryAfter(next);
      }
    }

    RawResponse stillWaiting = guessBasic("erp-integration", DEMO_PASSWORD);
    assertThat(stillWaiting.status()).as("while throttled even a right password waits").isEqualTo(429);
    long retryAfter = retryAfter(stillWaiting);
    assertThat(retryAfter).as("the wait is capped").isBetween(1L, 60L);
    RawResponse afterTheWait = await("the stranger's address let in again once its " + retryAfter + " s are over")
        .atMost(Duration.ofSeconds(retryAfter + 30)).pollInterval(Duration.ofMillis(250)).pollInSameThread()
        .until(() -> guessBasic("erp-integration", DEMO_PASSWORD), answer -> answer.status() != 429);
    assertThat(afterTheWait.status())
        .as("after the wait the stranger's address is let in again: nothing stays locked").isEqualTo(LOGGED_IN);
    theRealUsersLogIn();
  }

  private static long retryAfter(RawResponse throttled) {
    return Long.parseLong(throttled.headers().get("retry-after"));
  }

  private void theRealUsersLogIn() {
    HttpResponse<String> erp = http.postJson(EMPTY_EVENT, "erp-integration", "{}");
    assertThat(erp.statusCode()).as("the ERP feed logs in: its event is checked, not its password").isEqualTo(LOGGED_IN);
    assertThat(erp.body()).contains("projectCode");
    assertThat(http.get(REST + "/engine", "lina").statusCode()).as("lina over REST").isEqualTo(200);
    assertThat(http.webAppLogin("lina", "tasklist")).as("lina in Tasklist").isEqualTo(200);
  }

  /**
   * The ERP's own door, with an empty event: a right password gets past the login to the event's check
   * (400 naming the missing field, nothing delivered), a wrong one 401, a throttled address 429.
   */
  private RawResponse guessBasic(String user, String password) {
    return http.sendFrom(ATTACKER, "POST", EMPTY_EVENT, Map.of("Authorization", PlatformHttp.basic(user, password),
        "Content-Type", "application/json"), "{}");
  }

  /** The Tasklist login page's own request: its session and CSRF token first, then the form post. */
  private RawResponse guessWebLogin(String user, String password) {
    RawResponse page = http.sendFrom(ATTACKER, "GET", "/camunda/app/tasklist/", Map.of(), "");
    String cookies = page.headers().getOrDefault("set-cookie", "");
    Matcher cookie = COOKIE.matcher(cookies);
    StringBuilder cookieHeader = new StringBuilder();
    String token = null;
    while (cookie.find()) {
      cookieHeader.append(cookieHeader.isEmpty() ? "" : "; ").append(cookie.group(1)).append('=').append(cookie.group(2));
      if (cookie.group(1).equals("XSRF-TOKEN")) {
        token = cookie.group(2);
      }
    }
    assertThat(token).as("the login page's CSRF token").isNotNull();
    return http.sendFrom(ATTACKER, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookieHeader.toString(), "X-XSRF-TOKEN", token),
        "username=" + user + "&password=" + password);
  }
}
