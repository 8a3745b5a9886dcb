// Cockpit plugin (ES module, Cockpit 7.14+ plugin format): project health on the dashboard and
// a step-by-step SLA table on each process definition. Data: the platform's /reports endpoints,
// which accept the Cockpit session, so no second login. The plugin sends no dates and no zone: the
// server takes the last 30 days in the team's zone and says which days it counted, so the numbers
// are the team's at any hour, whatever the browser's clock and zone.

const TEXTS = {
  zh: {
    health: "项目健康度", period: (p) => `${p.from} 至 ${p.to}（${p.zone}）`, loading: "加载中…",
    projectsStarted: "新开项目", projectsOpen: "其中进行中", projectsCompleted: "其中已完成",
    tasksCompleted: "完成任务", tasksLate: "逾期完成", delayRate: "延误率", projectCycle: "项目周期（中位数 / P90）",
    overdueNow: "当前逾期任务", escalations: "升级次数", rework: "返工次数", overdueTitle: "当前逾期",
    noOverdue: "暂无逾期任务。", project: "项目", template: "模板", step: "步骤", assignee: "负责人", due: "截止时间",
    unclaimed: "未认领", unavailable: "项目健康度暂不可用：", board: "打开项目看板",
    slaTab: "步骤时效", slaNone: "该模板在最近 30 天内没有已完成的任务。", slaUnavailable: "步骤时效暂不可用：",
    completed: "完成", onTime: "按时", late: "逾期", median: "中位数", p90: "P90", sla: "时限（计划中位数）",
  },
  en: {
    health: "Project health", period: (p) => `${p.from} to ${p.to} (${p.zone})`, loading: "Loading…",
    projectsStarted: "Projects started", projectsOpen: "of which open", projectsCompleted: "of which completed",
    tasksCompleted: "Tasks completed", tasksLate: "Tasks completed late", delayRate: "Delay rate",
    projectCycle: "Project cycle time (median / p90)", overdueNow: "Tasks overdue now", escalations: "Escalations raised",
    rework: "Rework loops", overdueTitle: "Overdue now", noOverdue: "No task is overdue.", project: "Project",
    template: "Template", step: "Step", assignee: "Assignee", due: "Due", unclaimed: "unclaimed",
    unavailable: "Project health is unavailable: ", board: "Open the project board",
    slaTab: "SLA by step", slaNone: "No task of this template was completed in the last 30 days.",
    slaUnavailable: "SLA table unavailable: ", completed: "Completed", onTime: "On time", late: "Late", median: "Median",
    p90: "p90", sla: "SLA (median planned)",
  },
};

// The web apps' language: the one chosen with their switch (kept in this browser), else the browser's first.
function language() {
  const chosen = window.localStorage.getItem("xborder-language");
  const browser = ((navigator.languages && navigator.languages[0]) || navigator.language || "").toLowerCase();
  return chosen === "zh" || chosen === "en" ? chosen : browser.startsWith("zh") ? "zh" : "en";
}

const text = TEXTS[language()];

function hours(millis) {
  return millis == null ? "–" : (millis / 3600000).toFixed(1) + " h";
}

// Server times carry the team's offset (2026-11-30T09:00:00+08:00); shown as sent, never moved into the browser's zone.
function time(iso) {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : "";
}

function escapeHtml(value) {
  return String(value == null ? "" : value).replace(/[&<>"']/g, (c) =>
    ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

async function report(path) {
  const response = await fetch(path, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) {
    throw new Error(`${response.status} ${await response.text()}`);
  }
  return response.json();
}

function figure(name, label, value) {
  return `<tr><th>${escapeHtml(label)}</th><td data-xborder="${name}">${escapeHtml(value)}</td></tr>`;
}

function healthSummary(health) {
  return `<table class="cam-table" data-xborder="health">
    ${figure("projects-started", text.projectsStarted, health.projectsStarted)}
    ${figure("projects-open", text.projectsOpen, health.projectsOpen)}
    ${figure("projects-completed", text.projectsCompleted, health.projectsCompleted)}
    ${figure("tasks-completed", text.tasksCompleted, health.tasksCompleted)}
    ${figure("tasks-late", text.tasksLate, health.tasksLate)}
    ${figure("delay-rate", text.delayRate, health.delayRatePercent == null ? "–" : health.delayRatePercent + " %")}
    ${figure("project-cycle", text.projectCycle, hours(health.projectCycleMedianMillis) + " / " + hours(health.projectCycleP90Millis))}
    ${figure("overdue-now", text.overdueNow, health.tasksOverdueNow)}
    ${figure("escalations", text.escalations, health.escalations)}
    ${figure("rework", text.rework, health.reworkLoops)}
  </table>`;
}

function overdueList(overdue) {
  if (overdue.length === 0) {
    return `<p data-xborder="overdue-none">${escapeHtml(text.noOverdue)}</p>`;
  }
  const rows = overdue.map((task) => `<tr data-xborder="overdue-task">
      <td>${escapeHtml(task.businessKey)}</td><td>${escapeHtml(task.template)}</td><td>${escapeHtml(task.name)}</td>
      <td>${escapeHtml(task.assignee || text.unclaimed)}</td><td class="xborder-late">${escapeHtml(time(task.due))}</td></tr>`).join("");
  return `<table class="cam-table"><thead><tr><th>${text.project}</th><th>${text.template}</th><th>${text.step}</th>
    <th>${text.assignee}</th><th>${text.due}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const dashboard = {
  id: "xborder-reporting-dashboard",
  pluginPoint: "cockpit.dashboard",
  priority: 20,
  render: (node) => {
    node.innerHTML = `<section data-xborder="dashboard"><h3>${escapeHtml(text.health)}</h3><p>${escapeHtml(text.loading)}</p></section>`;
    report("/reports/health")
      .then((result) => {
        node.innerHTML = `<section data-xborder="dashboard">
          <h3>${escapeHtml(text.health)} <span class="xborder-period" data-xborder="period">${escapeHtml(text.period(result.period))}</span>
            <a class="xborder-board-link" href="/reports/board" target="_blank" rel="noopener">${escapeHtml(text.board)}</a></h3>
          ${healthSummary(result.overall)}
          <h4>${escapeHtml(text.overdueTitle)}</h4>${overdueList(result.overdue)}</section>`;
      })
      .catch((error) => {
        node.innerHTML = `<section data-xborder="dashboard"><p class="alert alert-danger">${escapeHtml(text.unavailable + error.message)}</p></section>`;
      });
  },
};

const slaTab = {
  id: "xborder-reporting-sla-tab",
  pluginPoint: "cockpit.processDefinition.runtime.tab",
  priority: 5,
  properties: { label: text.slaTab },
  render: (node, { api, processDefinitionId }) => {
    node.innerHTML = `<p>${escapeHtml(text.loading)}</p>`;
    report(`${api.engineApi}/process-definition/${encodeURIComponent(processDefinitionId)}`)
      .then((definition) => report(`/reports/health?template=${encodeURIComponent(definition.key)}`))
      .then((result) => {
        // A called process's steps (KYC, sign-off) are counted in the projects that called it, one list per project template.
        const steps = result.templates.flatMap((health) => health.steps);
        if (steps.length === 0) {
          node.innerHTML = `<p data-xborder="sla-none">${escapeHtml(text.slaNone)}</p>`;
          return;
        }
        const rows = steps.map((step) => `<tr data-xborder="sla-step">
            <td>${escapeHtml(step.name || step.step)}</td><td>${step.completed}</td><td>${step.onTime}</td><td>${step.late}</td>
            <td>${hours(step.medianMillis)}</td><td>${hours(step.p90Millis)}</td><td>${hours(step.slaMedianMillis)}</td></tr>`).join("");
        node.innerHTML = `<p class="xborder-period" data-xborder="period">${escapeHtml(text.period(result.period))}</p>
          <table class="cam-table" data-xborder="sla"><thead><tr><th>${text.step}</th><th>${text.completed}</th>
          <th>${text.onTime}</th><th>${text.late}</th><th>${text.median}</th><th>${text.p90}</th><th>${text.sla}</th></tr></thead>
          <tbody>${rows}</tbody></table>`;
      })
      .catch((error) => {
        node.innerHTML = `<p class="alert alert-danger">${escapeHtml(text.slaUnavailable + error.message)}</p>`;
      });
  },
};

export default [dashboard, slaTab];
