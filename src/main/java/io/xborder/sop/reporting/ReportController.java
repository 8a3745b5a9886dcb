package io.xborder.sop.reporting;

import io.xborder.sop.sla.WorkingTimeSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /reports/health}, {@code /reports/people} and {@code /reports/audit/{businessKey}} (JSON,
 * or CSV with {@code .csv}), and the project board. Without {@code zone} every date and time is the
 * team's ({@code xborder.working-time.zone}); without {@code from} and {@code to} a report covers the
 * last 30 days up to today in that zone. Health and audit are for supervisors and managers; people shows each
 * reader their scope: staff their own row, supervisors the groups configured in
 * {@code xborder.reporting.supervised-groups} and those groups' members, managers everyone.
 */
@RestController
@RequestMapping("/reports")
class ReportController {

  private final HealthReport health;
  private final PeopleReport people;
  private final AuditTrail audit;
  private final ProjectBoard board;
  private final IdentityService identity;
  private final ReportingProperties properties;
  private final JdbcTemplate jdbc;
  private final ZoneId teamZone;
  private final Clock clock = Clock.systemUTC();

  ReportController(HealthReport health, PeopleReport people, AuditTrail audit, ProjectBoard board, IdentityService identity,
      ReportingProperties properties, JdbcTemplate jdbc, WorkingTimeSettings workingTime) {
    this.health = health;
    this.people = people;
    this.audit = audit;
    this.board = board;
    this.identity = identity;
    this.properties = properties;
    this.jdbc = jdbc;
    this.teamZone = workingTime.zone();
  }

  @GetMapping("/health")
  HealthReport.Result health(@RequestAttribute(ReportAuthentication.READER) Reader reader,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String zone, @RequestParam(required = false) String template) {
    requireWatcher(reader);
    return health.compute(period(from, to, zone), knownTemplate(template), now());
  }

  @GetMapping("/people")
  PeopleReport.Result people(@RequestAttribute(ReportAuthentication.READER) Reader reader,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String zone, @RequestParam(required = false) String template) {
    ReportPeriod period = period(from, to, zone);
    if (reader.seesEverything()) {
      return people.compute(period, knownTemplate(template), now(), user -> true, group -> true);
    }
    if (reader.isSupervisor()) {
      Set<String> groups = Set.copyOf(properties.supervisedGroups());
      Set<String> users = new HashSet<>(Set.of(reader.userId()));
      groups.forEach(group -> identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).forEach(users::add));
      return people.compute(period, knownTemplate(template), now(), users::contains, groups::contains);
    }
    if (reader.isStaff()) {
      return people.compute(period, knownTemplate(template), now(), reader.userId()::equals, group -> false);
    }
    throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Reports are not available to " + reader.userId());
  }

  @GetMapping(value = "/audit/{businessKey}", produces = MediaType.APPLICATION_JSON_VALUE)
  AuditTrail.Trail audit(@RequestAttribute(ReportAuthentication.READER) Reader reader, @PathVariable String businessKey,
      @RequestParam(required = false) String zone) {
    requireWatcher(reader);
    return audit.of(businessKey, zone(zone));
  }

  @GetMapping(value = "/audit/{businessKey}.csv")
  ResponseEntity<String> auditCsv(@RequestAttribute(ReportAuthentication.READER) Reader reader,
      @PathVariable String businessKey, @RequestParam(required = false) String zone) {
    requireWatcher(reader);
    String csv = AuditCsv.of(audit.of(businessKey, zone(zone)));
    String fileName = "audit-" + businessKey.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(csv);
  }

  /** The board page itself; it reads the endpoints below with the same login. */
  @GetMapping(value = "/board", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> boardPage(@RequestAttribute(ReportAuthentication.READER) Reader reader) {
    requireWatcher(reader);
    return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .body(new ClassPathResource("reporting/board.html"));
  }

  /** The board's script and styles live in files of their own: its Content-Security-Policy allows no inline code. */
  @GetMapping("/board.js")
  ResponseEntity<Resource> boardScript() {
    return ResponseEntity.ok().contentType(new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8))
        .body(new ClassPathResource("reporting/board.js"));
  }

  @GetMapping("/board.css")
  ResponseEntity<Resource> boardStyles() {
    return ResponseEntity.ok().contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
        .body(new ClassPathResource("reporting/board.css"));
  }

  @GetMapping("/board/projects")
  ProjectBoard.Board boardProjects(@RequestAttribute(ReportAuthentication.READER) Reader reader,
      @RequestParam(required = false) String template, @RequestParam(required = false) String platform,
      @RequestParam(required = false) String site, @RequestParam(required = false) String owner,
      @RequestParam(required = false) String zone) {
    requireWatcher(reader);
    return board.board(new ProjectBoard.Filter(knownTemplate(template), platform, site, owner), now(), zone(zone));
  }

  @GetMapping("/board/projects/{businessKey}/timeline")
  List<ProjectBoard.Bar> timeline(@RequestAttribute(ReportAuthentication.READER) Reader reader,
      @PathVariable String businessKey, @RequestParam(required = false) String zone) {
    requireWatcher(reader);
    return board.timeline(businessKey, now(), zone(zone));
  }

  @ExceptionHandler(BadReportRequest.class)
  ResponseEntity<Map<String, String>> badRequest(BadReportRequest e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
  }

  @ExceptionHandler(ProjectNotFound.class)
  ResponseEntity<Map<String, String>> notFound(ProjectNotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, String>> refused(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).body(Map.of("error", String.valueOf(e.getReason())));
  }

  private static void requireWatcher(Reader reader) {
    if (!reader.watchesProjects()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Project reports are for supervisors and managers");
    }
  }

  private String knownTemplate(String template) {
    if (template == null || template.isBlank()) {
      return null;
    }
    // History outlives a deleted definition, so a template is known if either still names it.
    Integer known = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = ?)"
        + " + (SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?)", Integer.class, template, template);
    if (known == null || known == 0) {
      throw new BadReportRequest("no template with key '" + template + "'");
    }
    return template;
  }

  private ReportPeriod period(String from, String to, String zone) {
    return ReportPeriod.parse(from, to, zone, teamZone, clock.instant());
  }

  private ZoneId zone(String zone) {
    return ReportPeriod.zone(zone, teamZone);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
