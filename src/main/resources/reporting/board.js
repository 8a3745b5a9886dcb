// The project board (board.html): a column per stage, a card per project, a Gantt-style timeline of the
// projects in view, and a project's step timeline and audit trail. Every date and time comes from the
// server in the team's zone; the page never reads the browser's clock or zone, so "today" and "overdue"
// are the team's at any hour.
const texts = {
  zh: { title: "项目看板", template: "模板", platform: "平台", site: "站点", owner: "负责人", all: "全部",
        gantt: "时间线", planned: "计划（开始至截止）", actual: "实际", late: "逾期", today: "今天",
        timeline: "步骤时间线", audit: "审计记录", download: "下载 CSV", back: "返回看板",
        empty: "暂无项目", noDue: "无截止日期", overdue: "已逾期", due: "截止", step: "当前步骤", progress: "进度",
        steps: (done, planned) => `${done} / ${planned} 步`, noStep: "无进行中的步骤", started: "开始", ended: "完成",
        zone: (zone, offset) => `时间均为 ${zone}（UTC${offset}）`, asOf: "更新于", switchTo: "English",
        time: "时间", event: "事件", stepColumn: "步骤", who: "人员", detail: "详情",
        stage: { COMPLETED: "已完成", WAITING: "等待中" },
        status: { TO_SUBMIT: "待提交", UNDER_REVIEW: "审核中", MORE_DOCUMENTS_NEEDED: "需补充资料", OPENED: "已开店", REJECTED: "未通过" },
        events: { "project started": "项目开始", "project ended": "项目结束",
          "called process started": "被调用流程开始", "called process ended": "被调用流程结束", "task created": "任务创建", "task completed": "任务完成",
          "task deleted": "任务取消", "task claimed": "认领任务", "task assigned": "分配任务", "task unassigned": "取消分配",
          "task offered to candidate": "提供给候选人", "task withdrawn from candidate": "撤回候选", "variable set": "填写内容",
          "sign-off rejected": "审批驳回", "message received": "收到消息" } },
  en: { title: "Project board", template: "Template", platform: "Platform", site: "Site", owner: "Owner", all: "All",
        gantt: "Timeline", planned: "Planned (start to due)", actual: "Actual", late: "Overdue", today: "Today",
        timeline: "Steps", audit: "Audit trail", download: "Download CSV", back: "Back to the board",
        empty: "No projects", noDue: "no due date", overdue: "Overdue", due: "Due", step: "Current step", progress: "Progress",
        steps: (done, planned) => `${done} of ${planned} steps`, noStep: "no open step", started: "Started", ended: "Completed",
        zone: (zone, offset) => `All times ${zone} (UTC${offset})`, asOf: "as of", switchTo: "中文",
        time: "Time", event: "Event", stepColumn: "Step", who: "Who", detail: "Detail",
        stage: { COMPLETED: "Completed", WAITING: "Waiting" },
        status: { TO_SUBMIT: "To submit", UNDER_REVIEW: "Under review", MORE_DOCUMENTS_NEEDED: "More documents needed", OPENED: "Store opened", REJECTED: "Rejected" },
        events: {} }
};
// The same choice as the Camunda web apps: the language picked there (kept in this browser), else the browser's first.
const LANGUAGE_KEY = "xborder-language";
const FILTERS = ["template", "platform", "site", "owner"];
const STATUS_ORDER = Object.keys(texts.en.status);

let language = localStorage.getItem(LANGUAGE_KEY)
  || (((navigator.languages && navigator.languages[0]) || navigator.language || "").toLowerCase().startsWith("zh") ? "zh" : "en");
let board = { now: null, zone: "", cards: [] };
const params = new URLSearchParams(location.search);

const t = (key) => texts[language][key];
const esc = (v) => String(v == null ? "" : v).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const get = (path) => fetch(path, { credentials: "same-origin", headers: { Accept: "application/json" } })
  .then((r) => r.ok ? r.json() : r.text().then((m) => { throw new Error(`${r.status} ${m}`); }));
// Server times carry the team's offset (2026-11-30T09:00:00+08:00); shown as they are, never converted by the browser.
const day = (iso) => iso ? iso.slice(0, 10) : "";
const time = (iso) => iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : "";
const offset = (iso) => { const m = /([+-]\d\d:\d\d|Z)$/.exec(iso || ""); return !m ? "" : m[1] === "Z" ? "+00:00" : m[1]; };
// "合规整改 / Compliance remediation": the Chinese name before the slash, the English one after it.
const templateName = (name) => { const [zh, en] = String(name || "").split(" / "); return language === "en" && en ? en : zh; };
const statusName = (status) => t("status")[status] || String(status).replace(/_/g, " ").toLowerCase();
const chosen = (name) => params.get(name) || "";

function column(card) {
  if (card.stage === "STATUS") return { key: `status:${card.status}`, title: statusName(card.status), order: 10 + Math.max(0, STATUS_ORDER.indexOf(card.status)) };
  if (card.stage === "STEP") return { key: `step:${card.currentStep}`, title: card.currentStep, order: 50 };
  return { key: card.stage, title: t("stage")[card.stage], order: card.stage === "WAITING" ? 80 : 90 };
}

function shownCards() {
  return board.cards.filter((c) => FILTERS.every((name) => !chosen(name) || c[name] === chosen(name)));
}

function translate() {
  document.documentElement.lang = language;
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.getElementById("language").textContent = t("switchTo");
  document.getElementById("meta").textContent = board.now ? `${t("zone")(board.zone, offset(board.now))} · ${t("asOf")} ${time(board.now)}` : "";
  fillFilters();
  render();
  if (chosen("project")) openProject(chosen("project"));
}

function fillFilters() {
  FILTERS.forEach((name) => {
    const select = document.getElementById(name);
    const values = new Map();
    board.cards.forEach((c) => { if (c[name]) values.set(c[name], name === "template" ? templateName(c.templateName) : name === "owner" ? c.ownerName : c[name + "Label"] || c[name]); });
    // A filter from a shared link stays chosen even when no project matches it today.
    if (chosen(name) && !values.has(chosen(name))) values.set(chosen(name), chosen(name));
    select.innerHTML = `<option value="">${esc(t("all"))}</option>` + [...values.entries()].sort((a, b) => String(a[1]).localeCompare(String(b[1])))
      .map(([value, label]) => `<option value="${esc(value)}"${value === chosen(name) ? " selected" : ""}>${esc(label)}</option>`).join("");
  });
}

function keepInUrl() {
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

function render() {
  const shown = shownCards();
  const columns = new Map();
  shown.forEach((card) => {
    const c = column(card);
    if (!columns.has(c.key)) columns.set(c.key, { ...c, cards: [] });
    columns.get(c.key).cards.push(card);
  });
  const sorted = [...columns.values()].sort((a, b) => a.order - b.order);
  const element = document.getElementById("columns");
  element.innerHTML = sorted.length === 0 ? `<p class="empty">${esc(t("empty"))}</p>` : sorted.map((c) => `<section class="column" data-stage="${esc(c.key)}">
      <h2>${esc(c.title)} <span class="count">${c.cards.length}</span></h2>${c.cards.map(cardHtml).join("")}</section>`).join("");
  element.querySelectorAll(".card").forEach((card) => card.addEventListener("click", () => choose("project", card.dataset.key)));
  gantt(document.getElementById("gantt"), shown.map((card) => ({ key: card.businessKey, label: card.subject || card.businessKey,
    sub: card.businessKey, bars: card.steps, overdue: card.overdue })), true);
  sizeBars();
}

function cardHtml(c) {
  const percent = c.stepsPlanned === 0 ? 0 : Math.round(100 * c.stepsDone / c.stepsPlanned);
  return `<article class="card${c.overdue ? " overdue" : ""}" data-key="${esc(c.businessKey)}" tabindex="0">
    <header><strong class="subject">${esc(c.subject || c.businessKey)}</strong>${c.overdue ? `<span class="badge">${esc(t("overdue"))}</span>` : ""}</header>
    <div class="code">${esc(c.businessKey)} · ${esc(templateName(c.templateName))}${c.platform ? ` · ${esc(c.platformLabel)} ${esc(c.siteLabel || "")}` : ""}</div>
    <dl>
      <dt>${esc(t("owner"))}</dt><dd class="owner">${esc(c.ownerName || "–")}</dd>
      <dt>${esc(t("step"))}</dt><dd class="step">${esc(c.currentStep || (c.ended ? t("stage").COMPLETED : t("noStep")))}</dd>
      <dt>${esc(t("progress"))}</dt><dd class="progress"><span class="meter"><span class="fill" data-width="${percent}"></span></span>
        <span class="steps">${esc(t("steps")(c.stepsDone, c.stepsPlanned))}</span></dd>
      <dt>${esc(c.ended ? t("ended") : t("due"))}</dt><dd class="due">${esc(c.ended ? time(c.ended) : c.due ? time(c.due) : t("noDue"))}</dd>
    </dl></article>`;
}

// Rows of planned (start to due) and actual (start to end, or to now while open) bars on one time axis, today marked.
function gantt(element, rows, clickable) {
  const now = Date.parse(board.now);
  const times = rows.flatMap((r) => r.bars.flatMap((b) => [b.start, b.due, b.end])).filter((x) => x).map(Date.parse).concat([now]);
  const min = Math.min(...times), span = Math.max(3600000, Math.max(...times) - min) * 1.02;
  const pos = (ms) => (100 * (ms - min) / span).toFixed(2);
  const width = (from, to) => Math.max(0.4, 100 * (to - from) / span).toFixed(2);
  const ticks = dayTicks(min, min + span);
  if (rows.length === 0) { element.innerHTML = ""; return; }
  element.innerHTML = `<div class="gantt-row axis"><span></span><div class="track">${ticks.map((tick) =>
      `<span class="tick" data-left="${pos(tick.at)}">${esc(tick.label)}</span>`).join("")}
      <span class="today" data-left="${pos(now)}" title="${esc(t("today"))} ${esc(time(board.now))}"></span></div></div>`
    + rows.map((r) => `<div class="gantt-row${r.overdue ? " overdue" : ""}" data-key="${esc(r.key)}"${r.step ? ` data-step="${esc(r.step)}"` : ""}>
      <${clickable ? "button type=\"button\"" : "span"} class="label"><span>${esc(r.label)}</span><small>${esc(r.sub || "")}</small></${clickable ? "button" : "span"}>
      <div class="track">${r.bars.map((b) => {
        const start = Date.parse(b.start), until = b.end ? Date.parse(b.end) : now;
        const title = `${b.name || b.step} · ${time(b.start)} → ${b.due ? time(b.due) : t("noDue")}${b.end ? ` · ${t("ended")} ${time(b.end)}` : ""}`;
        return (b.due ? `<span class="planned" data-left="${pos(start)}" data-width="${width(start, Date.parse(b.due))}" title="${esc(title)}"></span>` : "")
          + `<span class="actual${b.late ? " late" : ""}" data-step="${esc(b.step)}" data-left="${pos(start)}" data-width="${width(start, until)}" title="${esc(title)}"></span>`;
      }).join("")}<span class="today" data-left="${pos(now)}"></span></div></div>`).join("");
  if (clickable) element.querySelectorAll(".gantt-row[data-key] .label").forEach((label) =>
    label.addEventListener("click", () => choose("project", label.closest(".gantt-row").dataset.key)));
}

// Midnights of the team's days (the server's offset, so not the browser's zone), at most eight of them, labelled MM/DD.
function dayTicks(from, to) {
  const sign = offset(board.now).startsWith("-") ? -1 : 1;
  const [hours, minutes] = offset(board.now).slice(1).split(":").map(Number);
  const shift = sign * (hours * 60 + minutes) * 60000;
  const dayMs = 86400000;
  const step = Math.max(1, Math.ceil((to - from) / dayMs / 8)) * dayMs;
  const ticks = [];
  for (let local = Math.ceil((from + shift) / dayMs) * dayMs; local - shift <= to; local += step) {
    ticks.push({ at: local - shift, label: new Date(local).toISOString().slice(5, 10).replace("-", "/") });
  }
  return ticks;
}

// Set through the DOM: the page's Content-Security-Policy refuses inline style attributes.
function sizeBars() {
  document.querySelectorAll("[data-left]").forEach((bar) => { bar.style.left = `${bar.dataset.left}%`; });
  document.querySelectorAll("[data-width]").forEach((bar) => { bar.style.width = `${bar.dataset.width}%`; });
}

function choose(name, value) {
  if (value) params.set(name, value); else params.delete(name);
  keepInUrl();
  if (name === "project") {
    if (value) openProject(value); else closeProject();
  } else {
    render();
  }
}

// "due 2026-11-30T09:00:00+08:00" reads "截止 2026-11-30 09:00": the page states the offset once, at the top.
function detail(text) {
  return String(text || "").replace(/^due /, `${t("due")} `)
    .replace(/(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)/g, "$1 $2");
}

function closeProject() {
  document.getElementById("project").hidden = true;
  document.getElementById("board").hidden = false;
}

function openProject(key) {
  document.getElementById("board").hidden = true;
  document.getElementById("project").hidden = false;
  const card = board.cards.find((c) => c.businessKey === key);
  document.getElementById("project-title").textContent = card && card.subject ? `${card.subject} · ${key}` : key;
  document.getElementById("project-meta").textContent = card
    ? `${templateName(card.templateName)} · ${t("owner")} ${card.ownerName || "–"} · ${t("started")} ${time(card.started)}`
      + (card.due ? ` · ${t("due")} ${time(card.due)}` : "") + (card.overdue ? ` · ${t("overdue")}` : "") : "";
  document.getElementById("audit-csv").href = `/reports/audit/${encodeURIComponent(key)}.csv`;
  get(`/reports/board/projects/${encodeURIComponent(key)}/timeline`).then((bars) => {
    gantt(document.getElementById("timeline"), bars.map((b) => ({ key, step: b.step, label: b.name || b.step, sub: b.assignee, bars: [b],
      overdue: b.late })), false);
    sizeBars();
  }).catch((error) => { document.getElementById("timeline").textContent = error.message; });
  get(`/reports/audit/${encodeURIComponent(key)}`).then((trail) => {
    document.getElementById("audit").innerHTML = `<thead><tr><th>${esc(t("time"))}</th><th>${esc(t("event"))}</th><th>${esc(t("stepColumn"))}</th>
        <th>${esc(t("who"))}</th><th>${esc(t("detail"))}</th></tr></thead><tbody>`
      + trail.entries.map((e) => `<tr><td>${esc(time(e.time))}</td><td>${esc(t("events")[e.event] || e.event)}</td><td>${esc(e.stepName || "")}</td>
        <td>${esc(e.user || "")}</td><td>${esc(detail(e.detail))}</td></tr>`).join("") + "</tbody>";
  }).catch((error) => { document.getElementById("audit").textContent = error.message; });
}

FILTERS.forEach((name) => document.getElementById(name).addEventListener("change", (event) => choose(name, event.target.value)));
document.getElementById("close").addEventListener("click", () => choose("project", ""));
document.getElementById("language").addEventListener("click", () => {
  language = language === "en" ? "zh" : "en";
  localStorage.setItem(LANGUAGE_KEY, language);
  translate();
});
get("/reports/board/projects").then((found) => { board = found; translate(); })
  .catch((error) => { document.getElementById("columns").textContent = error.message; });
