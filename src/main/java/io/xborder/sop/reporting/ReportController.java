package io.xborder.sop.reporting;

import io.xborder.sop.system.PlatformClock;
import io.xborder.sop.sla.WorkingTimeSettings;
import io.xborder.sop.system.Caller;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /reports/health}, {@code /reports/people} and {@code /reports/audit/{businessKey}} (JSON,
 * or CSV with {@code .csv}), and the project board. Without {@code zone} every date and time is the
 * team's ({@code xborder.working-time.zone}); without {@code from} and {@code to} a report covers the
 * last 30 days up to today in that zone. Health, audit and board are for supervisors and managers;
 * people shows each reader their scope ({@link PeopleReport}). Refusals answer as problem details
 * ({@code system.ProblemAnswers}).
 */
@RestController
@RequestMapping("/reports")
class ReportController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final HealthReport health;
  private final PeopleReport people;
  private final AuditTrail audit;
  private final ProjectBoard board;
  private final ProjectScope projects;
  private final ZoneId teamZone;
  private final PlatformClock clock;

  ReportController(HealthReport health, PeopleReport people, AuditTrail audit, ProjectBoard board, ProjectScope projects,
      WorkingTimeSettings workingTime, PlatformClock clock) {
    this.clock = clock;
    this.health = health;
    this.people = people;
    this.audit = audit;
    this.board = board;
    this.projects = projects;
    this.teamZone = workingTime.zone();
  }

  @GetMapping("/health")
  HealthReport.Result health(Caller caller, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String zone,
      @RequestParam(required = false) String template) {
    requireWatcher(caller);
    return health.compute(period(from, to, zone), knownTemplate(template), now());
  }

  @GetMapping("/people")
  PeopleReport.Result people(Caller caller, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String zone,
      @RequestParam(required = false) String template) {
    Reader reader = Reader.of(caller);
    if (!reader.readsPeople()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Reports are not available to " + reader.userId());
    }
    return people.compute(period(from, to, zone), knownTemplate(template), now(), reader);
  }

  @GetMapping(value = "/audit/{businessKey}", produces = MediaType.APPLICATION_JSON_VALUE)
  AuditTrail.Trail audit(Caller caller, @PathVariable String businessKey, @RequestParam(required = false) String zone) {
    requireWatcher(caller);
    return audit.of(businessKey, zone(zone));
  }

  @GetMapping(value = "/audit/{businessKey}.csv")
  ResponseEntity<String> auditCsv(Caller caller, @PathVariable String businessKey,
      @RequestParam(required = false) String zone) {
    requireWatcher(caller);
    String csv = AuditCsv.of(audit.of(businessKey, zone(zone)));
    String fileName = "audit-" + businessKey.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .contentType(CSV)
        .body(csv);
  }

  /** The board page itself; it reads the endpoints below with the same login. */
  @GetMapping(value = "/board", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> boardPage(Caller caller) {
    requireWatcher(caller);
    return file("reporting/board.html", "html");
  }

  /** The board's script and styles live in files of their own: its Content-Security-Policy allows no inline code. */
  @GetMapping("/board.js")
  ResponseEntity<Resource> boardScript() {
    return file("reporting/board.js", "javascript");
  }

  @GetMapping("/board.css")
  ResponseEntity<Resource> boardStyles() {
    return file("reporting/board.css", "css");
  }

  @GetMapping("/board/projects")
  ProjectBoard.Board boardProjects(Caller caller, @RequestParam(required = false) String template,
      @RequestParam(required = false) String platform, @RequestParam(required = false) String site,
      @RequestParam(required = false) String owner, @RequestParam(required = false) String zone) {
    requireWatcher(caller);
    return board.board(new ProjectBoard.Filter(knownTemplate(template), platform, site, owner), now(), zone(zone));
  }

  @GetMapping("/board/projects/{businessKey}/timeline")
  List<ProjectBoard.Bar> timeline(Caller caller, @PathVariable String businessKey,
      @RequestParam(required = false) String zone) {
    requireWatcher(caller);
    return board.timeline(businessKey, now(), zone(zone));
  }

  private static void requireWatcher(Caller caller) {
    if (!Reader.of(caller).watchesProjects()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Project reports are for supervisors and managers");
    }
  }

  private static ResponseEntity<Resource> file(String path, String textType) {
    return ResponseEntity.ok().contentType(new MediaType("text", textType, StandardCharsets.UTF_8))
        .body(new ClassPathResource(path));
  }

  private String knownTemplate(String template) {
    if (template == null || template.isBlank()) {
      return null;
    }
    if (!projects.isTemplate(template)) {
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
