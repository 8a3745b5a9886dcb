// Cockpit plugin (ES module, Cockpit 7.14+ plugin format): project health on the dashboard and
// a step-by-step SLA table on each process definition. Data: the platform's /reports endpoints,
// which accept the Cockpit session, so no second login.

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

function lastThirtyDays() {
  const day = (d) => d.toISOString().slice(0, 10);
  const to = new Date();
  const from = new Date(to.getTime() - 29 * 24 * 3600 * 1000);
  return `from=${day(from)}&to=${day(to)}&zone=${encodeURIComponent(zone)}`;
}

function hours(millis) {
  return millis == null ? "–" : (millis / 3600000).toFixed(1) + " h";
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
  return `<tr><th>${label}</th><td data-xborder="${name}">${escapeHtml(value)}</td></tr>`;
}

function healthSummary(health) {
  return `<table class="cam-table" data-xborder="health">
    ${figure("projects-started", "Projects started", health.projectsStarted)}
    ${figure("projects-open", "Projects open", health.projectsOpen)}
    ${figure("projects-completed", "Projects completed", health.projectsCompleted)}
    ${figure("tasks-completed", "Tasks completed", health.tasksCompleted)}
    ${figure("tasks-late", "Tasks completed late", health.tasksLate)}
    ${figure("delay-rate", "Delay rate", health.delayRatePercent == null ? "–" : health.delayRatePercent + " %")}
    ${figure("project-cycle", "Project cycle time (median / p90)", hours(health.projectCycleMedianMillis) + " / " + hours(health.projectCycleP90Millis))}
    ${figure("overdue-now", "Tasks overdue now", health.tasksOverdueNow)}
    ${figure("escalations", "Escalations raised", health.escalations)}
    ${figure("rework", "Rework loops", health.reworkLoops)}
  </table>`;
}

function overdueList(overdue) {
  if (overdue.length === 0) {
    return `<p data-xborder="overdue-none">No task is overdue.</p>`;
  }
  const rows = overdue.map((task) => `<tr data-xborder="overdue-task">
      <td>${escapeHtml(task.businessKey)}</td><td>${escapeHtml(task.template)}</td><td>${escapeHtml(task.name)}</td>
      <td>${escapeHtml(task.assignee || "unclaimed")}</td><td>${escapeHtml(task.due)}</td></tr>`).join("");
  return `<table class="cam-table"><thead><tr><th>Project</th><th>Template</th><th>Step</th><th>Assignee</th><th>Due</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

const dashboard = {
  id: "xborder-reporting-dashboard",
  pluginPoint: "cockpit.dashboard",
  priority: 20,
  render: (node) => {
    node.innerHTML = `<section data-xborder="dashboard"><h3>Project health, last 30 days</h3><p>Loading…</p></section>`;
    report(`/reports/health?${lastThirtyDays()}`)
      .then((result) => {
        node.innerHTML = `<section data-xborder="dashboard">
          <h3>Project health, last 30 days (${escapeHtml(zone)})</h3>${healthSummary(result.overall)}
          <h4>Overdue now</h4>${overdueList(result.overdue)}</section>`;
      })
      .catch((error) => {
        node.innerHTML = `<section data-xborder="dashboard"><p class="alert alert-danger">Project health is unavailable: ${escapeHtml(error.message)}</p></section>`;
      });
  },
};

const slaTab = {
  id: "xborder-reporting-sla-tab",
  pluginPoint: "cockpit.processDefinition.runtime.tab",
  priority: 5,
  properties: { label: "SLA by step" },
  render: (node, { api, processDefinitionId }) => {
    node.innerHTML = "<p>Loading…</p>";
    report(`${api.engineApi}/process-definition/${encodeURIComponent(processDefinitionId)}`)
      .then((definition) => report(`/reports/health?${lastThirtyDays()}&template=${encodeURIComponent(definition.key)}`))
      .then((result) => {
        const steps = result.templates.length === 0 ? [] : result.templates[0].steps;
        if (steps.length === 0) {
          node.innerHTML = `<p data-xborder="sla-none">No task of this template was completed in the last 30 days.</p>`;
          return;
        }
        const rows = steps.map((step) => `<tr data-xborder="sla-step">
            <td>${escapeHtml(step.name || step.step)}</td><td>${step.completed}</td><td>${step.onTime}</td><td>${step.late}</td>
            <td>${hours(step.medianMillis)}</td><td>${hours(step.p90Millis)}</td><td>${hours(step.slaMedianMillis)}</td></tr>`).join("");
        node.innerHTML = `<table class="cam-table" data-xborder="sla"><thead><tr><th>Step</th><th>Completed</th><th>On time</th><th>Late</th>
          <th>Median</th><th>p90</th><th>SLA (median planned)</th></tr></thead><tbody>${rows}</tbody></table>`;
      })
      .catch((error) => {
        node.innerHTML = `<p class="alert alert-danger">SLA table unavailable: ${escapeHtml(error.message)}</p>`;
      });
  },
};

export default [dashboard, slaTab];
