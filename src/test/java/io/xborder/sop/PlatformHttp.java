package io.xborder.sop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Real HTTP against the running platform, as Modeler, scripts and browsers call it: HTTP Basic
 * for the REST API, the web apps' session login (with its CSRF token) for Cockpit, Tasklist, Admin.
 */
@Component
public class PlatformHttp {

  public static final String REST = "/engine-rest";
  public static final String DEMO_PASSWORD = "demo";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Environment environment;
  private final Supplier<String> baseUrl;
  private final HttpClient client = HttpClient.newHttpClient();

  /** Part of every {@link PlatformTest}'s context; the port is known only once the server runs. */
  @Autowired
  PlatformHttp(Environment environment) {
    this.environment = environment;
    this.baseUrl = () -> "http://localhost:" + environment.getRequiredProperty("local.server.port");
  }

  private PlatformHttp(String baseUrl) {
    this.environment = null;
    this.baseUrl = () -> baseUrl;
  }

  /** The same calls against a platform running outside the test's context, e.g. a node of a cluster test. */
  public static PlatformHttp at(String baseUrl) {
    return new PlatformHttp(baseUrl);
  }

  private String baseUrl() {
    return baseUrl.get();
  }

  /** GET as the given demo user; null for no credentials. */
  public HttpResponse<String> get(String path, String user) {
    return send(request(path, user).GET());
  }

  public HttpResponse<String> postJson(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** An event as a system delivers it: {@code POST /events/{eventName}} with a flat JSON body. */
  public HttpResponse<String> deliverEvent(String user, String eventName, String json) {
    return postJson("/events/" + eventName, user, json);
  }

  public HttpResponse<String> putJson(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path, String user) {
    return send(request(path, user).DELETE());
  }

  /** An answer read off a raw connection: status and headers (names in lower case). */
  public record RawResponse(int status, Map<String, String> headers) {}

  /**
   * One HTTP/1.1 request from a client bound to the given local address (e.g. {@code 127.0.0.2}, a second
   * machine as far as the server can tell); the JDK's HttpClient cannot choose its source address.
   */
  public RawResponse sendFrom(String sourceAddress, String method, String path, Map<String, String> headers,
      String body) {
    int port = Integer.parseInt(environment.getRequiredProperty("local.server.port"));
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
        + "\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n");
    headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(sourceAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(content);
      socket.getOutputStream().flush();
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      int status = Integer.parseInt(reader.readLine().split(" ")[1]);
      Map<String, String> received = new LinkedHashMap<>();
      for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
        int colon = line.indexOf(':');
        received.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim(), (first, second) -> first + "; " + second);
      }
      return new RawResponse(status, received);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POST as the web app's own pages do: with the session of its login and the CSRF token. */
  public HttpResponse<String> webAppPostJson(WebAppSession session, String path, String json) {
    // The login starts a new session; its first request hands out the token that session expects.
    sendWith(session.client(), HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda/api/admin/auth/user/default")).GET());
    CookieManager cookies = (CookieManager) session.client().cookieHandler().orElseThrow();
    String csrfToken = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
    return sendWith(session.client(), HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The multipart deployment Camunda Modeler sends; each file becomes a part named after it. */
  public HttpResponse<String> deployAsModeler(String user, String deploymentName, Map<String, byte[]> files) {
    String boundary = "----xborder" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, boundary, "deployment-name", deploymentName);
    field(body, boundary, "deployment-source", "Camunda Modeler");
    field(body, boundary, "enable-duplicate-filtering", "true");
    files.forEach((name, content) -> {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(content);
      write(body, "\r\n");
    });
    write(body, "--" + boundary + "--\r\n");
    return send(request(REST + "/deployment/create", user)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Logs into one of Camunda's web apps the way its login page does; returns the HTTP status. */
  public int webAppLogin(String user, String app) {
    return webAppLogin(user, app, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
  }

  /** A browser-like client after the web app's login, holding its session cookie. */
  public record WebAppSession(HttpClient client, int loginStatus) {}

  public WebAppSession webAppSession(String user, String app) {
    HttpClient browserLike = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    return new WebAppSession(browserLike, webAppLogin(user, app, browserLike));
  }

  /** GET with an existing web-app session (its cookie), e.g. on another node than the one it logged into. */
  public HttpResponse<String> webAppGet(WebAppSession session, String path) {
    return sendWith(session.client(), HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
  }

  /** GET with the session of a login to the given web app, as that app's pages call their API. */
  public HttpResponse<String> webAppGet(String user, String loginApp, String path) {
    HttpClient browserLike = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    int login = webAppLogin(user, loginApp, browserLike);
    if (login != 200) {
      throw new AssertionError(user + " could not log into " + loginApp + ": " + login);
    }
    return sendWith(browserLike, HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
  }

  private int webAppLogin(String user, String app, HttpClient browserLike) {
    CookieManager cookies = (CookieManager) browserLike.cookieHandler().orElseThrow();
    try {
      browserLike.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda/app/" + app + "/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      String csrfToken = cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElseThrow(() -> new AssertionError("The web app set no XSRF-TOKEN cookie"));
      HttpRequest login = HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", csrfToken)
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + DEMO_PASSWORD))
          .build();
      return browserLike.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path));
    if (user != null) {
      builder.header("Authorization", basic(user, DEMO_PASSWORD));
    }
    return builder;
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    return sendWith(client, request);
  }

  private static HttpResponse<String> sendWith(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The body of a successful call, as JSON. */
  public static JsonNode json(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError("Expected 200 but got " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }

  /** The message of a refusal (Camunda's error body), as the web apps show it. */
  public static String errorMessage(HttpResponse<String> refused) {
    try {
      return JSON.readTree(refused.body()).path("message").asText();
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + refused.body(), e);
    }
  }

  /** The "id" of each object in a JSON array. */
  public static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }

  public String url(String path) {
    return baseUrl() + path;
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
