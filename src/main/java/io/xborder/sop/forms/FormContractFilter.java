package io.xborder.sop.forms;

import io.xborder.sop.system.EnginePaths;
import io.xborder.sop.system.ReplayedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xborder.sop.identity.Role;
import io.xborder.sop.system.WebAppLogins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The form is the contract, enforced where a person's request arrives: on the REST API and on the
 * web apps' engine API (Tasklist), before Camunda sees the request. Here it is known exactly what
 * was submitted; the engine would see the submission merged with the variables already there.
 * <ul>
 *   <li>Completing, submitting or resolving a task and starting a process write only the editable
 *       fields of that task's or start event's Camunda Form, each with its type; anything else is
 *       400 naming the fields, and nothing is written. Without a Camunda Form only the limits apply.
 *   <li>Setting or deleting variables outside a completion is for administrators (403 otherwise).
 *   <li>An outside agency reading variables gets the fields its own tasks' forms show, nothing else.
 *   <li>Business keys and variables too large for the engine's tables are 400 ({@link InputLimits}).
 * </ul>
 * Server code calling the Java API is not a person's submission and is not held to a form.
 */
@Configuration
class FormContractFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern TASK_SUBMISSION = Pattern.compile("/task/([^/]+)/(?:complete|submit-form|resolve)");
  private static final Pattern START_BY_ID = Pattern.compile("/process-definition/(?!key/)([^/]+)/(?:start|submit-form)");
  private static final Pattern START_BY_KEY =
      Pattern.compile("/process-definition/key/([^/]+)(?:/tenant-id/([^/]+))?/(?:start|submit-form)");
  private static final Pattern VARIABLE_WRITE = Pattern.compile(
      "/(?:task|execution|process-instance|case-instance|case-execution)/[^/]+/(?:variables|localVariables)(?:/([^/]+)(/data)?)?"
          + "|/process-instance/variables-async");
  /** A person ends a task through its form; a BPMN error or escalation would end it (and set variables) around it. */
  private static final Pattern TASK_ERROR_OR_ESCALATION = Pattern.compile("/task/[^/]+/(?:bpmnError|bpmnEscalation)");
  private static final Pattern TASK_VARIABLE_READ =
      Pattern.compile("/task/([^/]+)/(?:variables|localVariables|form-variables)(?:/([^/]+))?(?:/data)?");
  private static final Pattern INSTANCE_VARIABLE_READ =
      Pattern.compile("/(process-instance|execution)/([^/]+)/(?:variables|localVariables)(?:/([^/]+))?(?:/data)?");
  private static final Pattern VARIABLE_QUERY =
      Pattern.compile("/(?:variable-instance|history/variable-instance|history/detail)(?:/([^/]+))?(?:/data)?");
  /** The REST API's own address of a named engine, {@code /engine/{name}/...}, as the web apps call it. */
  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/([^/]+)(?=/)");
  private static final List<String> START_OPTIONS_FOR_ADMINS = List.of("startInstructions", "skipCustomListeners", "skipIoMappings");

  private final IdentityService identityService;
  private final FormLookup forms;
  private final InputLimits limits;
  private final List<String> mounts;

  FormContractFilter(ProcessEngine engine, FormLookup forms, InputLimits limits,
      EnginePaths paths) {
    this.identityService = engine.getIdentityService();
    this.forms = forms;
    this.limits = limits;
    this.mounts = List.of(paths.rest(), paths.webApps() + "/api/engine");
  }

  @Bean
  FilterRegistrationBean<FormContractFilter> formContract() {
    FilterRegistrationBean<FormContractFilter> registration = new FilterRegistrationBean<>(this);
    mounts.forEach(mount -> registration.addUrlPatterns(mount + "/*"));
    // After the logins (REST Basic, web-app session), which tell the engine who is calling.
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String path = enginePath(uri);
    if (path == null) {
      chain.doFilter(request, response);
      return;
    }
    // The REST API's login has run before this filter; the web apps' may come after it, so their
    // session login is taken from the session and lent to the engine for the checks made here.
    boolean lentLogin = false;
    if (identityService.getCurrentAuthentication() == null) {
      UserAuthentication webAppUser = WebAppLogins.user(request.getSession(false), engineName(uri));
      if (webAppUser != null) {
        identityService.setAuthentication(webAppUser.getIdentityId(), webAppUser.getGroupIds(), webAppUser.getTenantIds());
        lentLogin = true;
      }
    }
    try {
      Authentication caller = identityService.getCurrentAuthentication();
      if (caller == null) {
        chain.doFilter(request, response); // without a login Camunda answers 401 itself
      } else {
        judge(path, caller, request, response, chain);
      }
    } finally {
      if (lentLogin) {
        identityService.clearAuthentication();
      }
    }
  }

  private void judge(String path, Authentication caller, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Collection<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    boolean admin = groups.contains(Groups.CAMUNDA_ADMIN);
    boolean writes = !request.getMethod().equals("GET");

    if (writes && !admin && VARIABLE_WRITE.matcher(path).matches()) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          RefusalMessages.variablesOnlyThroughForms(caller.getUserId()), List.of());
      return;
    }
    if (writes && !admin && TASK_ERROR_OR_ESCALATION.matcher(path).matches()) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
          RefusalMessages.taskEndsThroughItsForm(caller.getUserId()), List.of());
      return;
    }
    if (writes && isJson(request)) {
      ReplayedRequest buffered = new ReplayedRequest(request, request.getInputStream().readAllBytes());
      JsonNode body = jsonObject(buffered.body());
      List<Violation> violations = body == null ? List.of() : check(path, body, admin);
      if (!violations.isEmpty()) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
            RefusalMessages.submissionRefused(violations), violations);
        return;
      }
      Matcher submission = TASK_SUBMISSION.matcher(path);
      if (Role.isGuest(groups) && submission.matches() && body != null && body.path("withVariablesInReturn").asBoolean()) {
        Set<String> shown = forms.ofTask(submission.group(1)).map(DeployedForm::shownVariables).orElse(Set.of());
        filterResponse(buffered, response, chain, variables -> filterMap(variables, shown::contains));
        return;
      }
      chain.doFilter(buffered, response);
      return;
    }
    Matcher upload = VARIABLE_WRITE.matcher(path);
    if (writes && upload.matches() && upload.group(2) != null) {
      List<Violation> tooLarge = limits.checkUpload(upload.group(1), request.getContentLengthLong());
      if (!tooLarge.isEmpty()) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
            RefusalMessages.submissionRefused(tooLarge), tooLarge);
        return;
      }
    }
    if (Role.isGuest(groups) && !admin && guestRead(path, request, response, chain, caller.getUserId())) {
      return;
    }
    chain.doFilter(request, response);
  }

  /** The path below the engine API's root, the same for both mounts; null outside them. */
  private String enginePath(String uri) {
    for (String mount : mounts) {
      if (uri.startsWith(mount + "/")) {
        return NAMED_ENGINE.matcher(uri.substring(mount.length())).replaceFirst("");
      }
    }
    return null;
  }

  /** The engine a web-app request addresses ({@code .../engine/{name}/...}); the default one otherwise. */
  private String engineName(String uri) {
    for (String mount : mounts) {
      Matcher named = NAMED_ENGINE.matcher(uri.substring(Math.min(uri.length(), mount.length())));
      if (uri.startsWith(mount + "/") && named.find()) {
        return named.group(1);
      }
    }
    return "default";
  }

  private List<Violation> check(String path, JsonNode body, boolean admin) {
    List<Violation> violations = new ArrayList<>(limits.check(body));
    Matcher variableWrite = VARIABLE_WRITE.matcher(path);
    if (variableWrite.matches() && variableWrite.group(1) != null && variableWrite.group(2) == null) {
      violations.addAll(limits.checkVariable(variableWrite.group(1), body));
    }
    Matcher task = TASK_SUBMISSION.matcher(path);
    if (task.matches()) {
      String taskId = task.group(1);
      forms.ofTask(taskId).ifPresent(form -> violations.addAll(
          SubmissionContract.check(form, body.path("variables"), name -> forms.taskVariable(taskId, name))));
      return violations;
    }
    Optional<String> definitionId = startedDefinition(path);
    Optional<DeployedForm> startForm = definitionId.flatMap(forms::ofStartEvent);
    if (startForm.isPresent()) {
      if (!admin) {
        START_OPTIONS_FOR_ADMINS.stream().filter(option -> isSet(body.path(option)))
            .forEach(option -> violations.add(new Violation(option, RefusalMessages.startSkipsTheStartForm(option))));
      }
      violations.addAll(SubmissionContract.check(startForm.get(), body.path("variables"), SubmissionContract.BEFORE_START));
    }
    return violations;
  }

  private Optional<String> startedDefinition(String path) {
    Matcher byId = START_BY_ID.matcher(path);
    if (byId.matches()) {
      return Optional.of(byId.group(1));
    }
    Matcher byKey = START_BY_KEY.matcher(path);
    return byKey.matches() ? forms.latestDefinitionId(byKey.group(1), byKey.group(2)) : Optional.empty();
  }

  private static boolean isSet(JsonNode option) {
    return !option.isMissingNode() && !option.isNull() && !(option.isBoolean() && !option.asBoolean())
        && !(option.isArray() && option.isEmpty());
  }

  /**
   * Reads of variables by an outside agency, answered with what its own tasks' forms show. Counts
   * are refused: they would tell how much else there is. True when the request was handled here.
   */
  private boolean guestRead(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      String userId) throws IOException, ServletException {
    Matcher task = TASK_VARIABLE_READ.matcher(path);
    Matcher instance = INSTANCE_VARIABLE_READ.matcher(path);
    Matcher query = VARIABLE_QUERY.matcher(path);
    if (task.matches() && request.getMethod().equals("GET")) {
      Set<String> shown = forms.ofTask(task.group(1)).map(DeployedForm::shownVariables).orElse(Set.of());
      return guestSees(task.group(2), shown, request, response, chain, userId);
    }
    if (instance.matches() && request.getMethod().equals("GET")) {
      Optional<String> processInstance = instance.group(1).equals("execution")
          ? forms.processInstanceOfExecution(instance.group(2)) : Optional.of(instance.group(2));
      Set<String> shown = processInstance.map(id -> forms.shownToCaller().getOrDefault(id, Set.of())).orElse(Set.of());
      return guestSees(instance.group(3), shown, request, response, chain, userId);
    }
    if (query.matches()) {
      if ("count".equals(query.group(1))) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", RefusalMessages.notShownToGuest(userId), List.of());
        return true;
      }
      Map<String, Set<String>> shown = forms.shownToCaller();
      Predicate<JsonNode> visible = item -> shown.getOrDefault(item.path("processInstanceId").asText(), Set.of())
          .contains(item.hasNonNull("variableName") ? item.get("variableName").asText()
              : item.hasNonNull("name") ? item.get("name").asText() : item.path("fieldId").asText());
      if (query.group(1) != null) {
        return guestSeesOne(request, response, chain, userId, visible);
      }
      filterResponse(request, response, chain, items -> filterList(items, visible));
      return true;
    }
    return false;
  }

  /** A map of variables, or one variable by name ({@code .../variables/{name}}). */
  private boolean guestSees(String name, Set<String> shown, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain, String userId) throws IOException, ServletException {
    if (name != null) {
      if (!shown.contains(name)) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", RefusalMessages.notShownToGuest(userId), List.of());
        return true;
      }
      return false;
    }
    filterResponse(request, response, chain, variables -> filterMap(variables, shown::contains));
    return true;
  }

  private boolean guestSeesOne(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String userId,
      Predicate<JsonNode> visible) throws IOException, ServletException {
    if (request.getRequestURI().endsWith("/data")) {
      // A binary value has no JSON to judge by: guests read values through their task only.
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", RefusalMessages.notShownToGuest(userId), List.of());
      return true;
    }
    filterResponse(request, response, chain, item -> item.isObject() && !visible.test(item) ? null : item);
    return true;
  }

  private static JsonNode filterMap(JsonNode variables, Predicate<String> shown) {
    if (variables.isObject()) {
      ((ObjectNode) variables).retain(variables.properties().stream().map(Map.Entry::getKey).filter(shown).toList());
    }
    return variables;
  }

  private static JsonNode filterList(JsonNode items, Predicate<JsonNode> visible) {
    if (!items.isArray()) {
      return items;
    }
    ArrayNode kept = JSON.createArrayNode();
    items.forEach(item -> {
      if (visible.test(item)) {
        kept.add(item);
      }
    });
    return kept;
  }

  /**
   * Lets Camunda answer, then passes a successful JSON answer through the given filter; a null from
   * the filter means the caller may see none of it (403).
   */
  private static void filterResponse(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      Function<JsonNode, JsonNode> filter) throws IOException, ServletException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    byte[] body = answer.getContentAsByteArray();
    if (answer.getStatus() != HttpServletResponse.SC_OK || body.length == 0) {
      answer.copyBodyToResponse();
      return;
    }
    JsonNode filtered = filter.apply(JSON.readTree(body));
    answer.resetBuffer();
    if (filtered == null) {
      answer.setStatus(HttpServletResponse.SC_FORBIDDEN);
      answer.getOutputStream().write(errorJson("AuthorizationException", "Not shown to outside agencies", List.of()));
    } else {
      answer.getOutputStream().write(JSON.writeValueAsBytes(filtered));
    }
    answer.copyBodyToResponse();
  }

  private static void refuse(HttpServletResponse response, int status, String type, String message,
      List<Violation> violations) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(errorJson(type, message, violations));
  }

  /** Camunda's error body ({@code type}, {@code message}) plus the names of the refused fields. */
  private static byte[] errorJson(String type, String message, List<Violation> violations) throws IOException {
    ObjectNode error = JSON.createObjectNode().put("type", type).put("message", message);
    if (!violations.isEmpty()) {
      ArrayNode fields = error.putArray("fields");
      violations.stream().map(Violation::field).distinct().forEach(fields::add);
    }
    return JSON.writeValueAsBytes(error);
  }

  /** Null when the body is not a JSON object: Camunda refuses it with its own message. */
  private static JsonNode jsonObject(byte[] body) {
    try {
      JsonNode json = JSON.readTree(body);
      return json != null && json.isObject() ? json : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static boolean isJson(HttpServletRequest request) {
    return request.getContentType() != null && request.getContentType().toLowerCase().contains("json");
  }

}
