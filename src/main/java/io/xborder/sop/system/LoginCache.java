package io.xborder.sop.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Successful HTTP Basic logins, remembered for {@code time-to-live} so that a client's every request
 * does not check the password and read the user's groups and tenants again (the way Camunda's web apps
 * keep a session's authentication). The key is a keyed hash (HMAC-SHA256 with a secret made at start)
 * of the whole {@code Authorization} header: the password is never stored, and only the very same
 * credentials find an entry. Failed logins are never remembered (the login throttle counts each).
 * Any change of users, groups, tenants or memberships made through this node's engine forgets every
 * entry at once (identity changes are rare); on other nodes the time-to-live bounds how late it counts.
 */
@Component
@EnableConfigurationProperties(LoginCacheSettings.class)
public class LoginCache {

  private static final String HASH = "HmacSHA256";

  /** Whom the credentials logged in, with the groups and tenants the engine authorizes them by. */
  public record Login(String userId, List<String> groups, List<String> tenants) {
    public Login {
      groups = List.copyOf(groups);
      tenants = List.copyOf(tenants);
    }
  }

  private record Remembered(Login login, long expiresAtNanos) {}

  private final long timeToLiveNanos;
  private final int maxEntries;
  private final SecretKeySpec secret;
  private final Map<String, Remembered> logins = new ConcurrentHashMap<>();
  /** Counts identity changes: a login read from the database before one is not remembered after it. */
  private long identityChanges;

  LoginCache(LoginCacheSettings settings) {
    this.timeToLiveNanos = settings.timeToLive().toNanos();
    this.maxEntries = settings.maxEntries();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.secret = new SecretKeySpec(key, HASH);
  }

  /** The login these credentials made within the time-to-live, or null. */
  Login find(String authorizationHeader) {
    if (timeToLiveNanos == 0 || authorizationHeader == null) {
      return null;
    }
    Remembered remembered = logins.get(hash(authorizationHeader));
    return remembered == null || remembered.expiresAtNanos - System.nanoTime() < 0 ? null : remembered.login;
  }

  /** To pass to {@link #remember} once the login has been checked. */
  synchronized long identityChangesSoFar() {
    return identityChanges;
  }

  /** Remembers a successful login unless an identity change happened since it was checked. */
  synchronized void remember(long identityChangesBeforeCheck, String authorizationHeader, Login login) {
    if (timeToLiveNanos == 0 || identityChangesBeforeCheck != identityChanges) {
      return;
    }
    long now = System.nanoTime();
    if (logins.size() >= maxEntries) {
      logins.values().removeIf(remembered -> remembered.expiresAtNanos - now < 0);
    }
    if (logins.size() < maxEntries) {
      logins.put(hash(authorizationHeader), new Remembered(login, now + timeToLiveNanos));
    }
  }

  /** Called after every change of users, groups, tenants or memberships through this node's engine. */
  public synchronized void forgetAll() {
    identityChanges++;
    logins.clear();
  }

  private String hash(String authorizationHeader) {
    try {
      Mac mac = Mac.getInstance(HASH);
      mac.init(secret);
      return HexFormat.of().formatHex(mac.doFinal(authorizationHeader.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
