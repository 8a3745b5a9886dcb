package io.xborder.sop.compliance;

import static io.xborder.sop.compliance.ComplianceRemediation.NOTICE_COUNT;
import static io.xborder.sop.compliance.ComplianceRemediation.PROCESS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ERP forwards marketplace notices; the notice id keeps one notice one project. */
@PlatformTest
class ComplianceNoticeHttpTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  PlatformHttp http;


  @Test
  void twoIdenticalNoticesMakeOneProject() {
    String noticeId = "AMZ-NOTICE-" + UUID.randomUUID();

    HttpResponse<String> first = deliver(notice(noticeId, "2027-01-15T23:59:00+01:00"));
    HttpResponse<String> second = deliver(notice(noticeId, "2027-01-15T23:59:00+01:00"));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(noticeId).count()).isEqualTo(1);
    String project = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(noticeId).singleResult().getId();
    assertThat(engine.getRuntimeService().getVariable(project, NOTICE_COUNT)).isEqualTo(2);
  }

  @Test
  void aNoticeWithoutAUsableDeadlineIsRefusedWithTheReasonAndStartsNothing() {
    String noticeId = "AMZ-NOTICE-" + UUID.randomUUID();

    HttpResponse<String> refused = deliver(notice(noticeId, "next Friday"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("deadline").contains("ISO date-time");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(noticeId).count()).isZero();
  }

  private HttpResponse<String> deliver(String notice) {
    return http.deliverEvent("erp-integration", "ComplianceNoticeReceived", notice);
  }

  private static String notice(String noticeId, String deadline) {
    return """
        {"noticeId": "%s", "regulation": "DE-PACKAGING", "platform": "amazon", "site": "DE",
         "skus": "BCB-001", "deadline": "%s"}
        """.formatted(noticeId, deadline);
  }
}
