// The project board (board.html): cards per stage, a project's timeline and audit trail.
const texts = {
  en: { title: "Project board", template: "Template", platform: "Platform", site: "Site", owner: "Owner", all: "All",
        timeline: "Timeline (blue: planned until due, green/red: actual)", audit: "Audit trail", download: "Download CSV",
        empty: "No projects", noDue: "no due date", switchTo: "中文" },
  zh: { title: "项目看板", template: "模板", platform: "平台", site: "站点", owner: "负责人", all: "全部",
        timeline: "时间线（蓝色：计划截止，绿色/红色：实际）", audit: "审计记录", download: "下载 CSV",
        empty: "暂无项目", noDue: "无截止日期", switchTo: "English" }
};
let language = navigator.language && navigator.language.startsWith("zh") ? "zh" : "en";
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const filters = ["template", "platform", "site", "owner"];
let cards = [];

const t = (key) => texts[language][key];
const esc = (v) => String(v == null ? "" : v).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const get = (path) => fetch(path, { credentials: "same-origin" }).then((r) => r.ok ? r.json() : r.text().then((m) => { throw new Error(m); }));

function translate() {
  document.documentElement.lang = language;
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.getElementById("language").textContent = t("switchTo");
  fillFilters();
  render();
}

function fillFilters() {
  const field = { template: "template", platform: "platform", site: "site", owner: "owner" };
  filters.forEach((name) => {
    const select = document.getElementById(name);
    const chosen = select.value;
    const values = [...new Set(cards.map((c) => c[field[name]]).filter((v) => v))].sort();
    select.innerHTML = `<option value="">${esc(t("all"))}</option>` + values.map((v) => `<option value="${esc(v)}"${v === chosen ? " selected" : ""}>${esc(v)}</option>`).join("");
  });
}

function render() {
  const shown = cards.filter((c) => filters.every((name) => !document.getElementById(name).value || c[name] === document.getElementById(name).value));
  const stages = [...new Set(shown.map((c) => c.stage))];
  const columns = document.getElementById("columns");
  columns.innerHTML = stages.length === 0 ? `<p>${esc(t("empty"))}</p>` : stages.map((stage) => `<div class="column" data-stage="${esc(stage)}">
      <h2>${esc(stage)}</h2>${shown.filter((c) => c.stage === stage).map((c) => `<div class="card" data-key="${esc(c.businessKey)}">
        <strong>${esc(c.businessKey)}</strong><small>${esc(c.template)} · ${esc(c.platform || "–")} ${esc(c.site || "")}</small>
        <small>${esc(c.owner || "")}</small></div>`).join("")}</div>`).join("");
  columns.querySelectorAll(".card").forEach((card) => card.addEventListener("click", () => openProject(card.dataset.key)));
}

function openProject(key) {
  document.getElementById("project").hidden = false;
  document.getElementById("project-title").textContent = key;
  const csv = document.getElementById("audit-csv");
  csv.href = `/reports/audit/${encodeURIComponent(key)}.csv?zone=${encodeURIComponent(zone)}`;
  get(`/reports/board/projects/${encodeURIComponent(key)}/timeline?zone=${encodeURIComponent(zone)}`).then((bars) => {
    const times = bars.flatMap((b) => [b.start, b.due, b.end]).filter((x) => x).map((x) => Date.parse(x));
    times.push(Date.now());
    const min = Math.min(...times), span = Math.max(1, Math.max(...times) - min);
    const pos = (x) => ((Date.parse(x) - min) / span * 100).toFixed(2);
    const until = (b) => b.end || new Date().toISOString();
    document.getElementById("timeline").innerHTML = bars.map((b) => `<div class="bar-row" data-step="${esc(b.step)}">
        <span>${esc(b.name)} <small>${esc(b.assignee || "")}</small></span><div class="track">
        ${b.due ? `<div class="planned" data-left="${pos(b.start)}" data-width="${Math.max(0.5, pos(b.due) - pos(b.start))}" title="${esc(b.due)}"></div>` : `<small>${esc(t("noDue"))}</small>`}
        <div class="actual${b.due && Date.parse(until(b)) > Date.parse(b.due) ? " late" : ""}" data-left="${pos(b.start)}" data-width="${Math.max(0.5, pos(until(b)) - pos(b.start))}" title="${esc(b.end || "")}"></div>
        </div></div>`).join("");
    // Set through the DOM: the page's Content-Security-Policy refuses inline style attributes.
    document.querySelectorAll("#timeline [data-left]").forEach((bar) => {
      bar.style.left = `${bar.dataset.left}%`;
      bar.style.width = `${bar.dataset.width}%`;
    });
  });
  get(`/reports/audit/${encodeURIComponent(key)}?zone=${encodeURIComponent(zone)}`).then((trail) => {
    document.getElementById("audit").innerHTML = trail.entries.map((e) => `<tr><td>${esc(e.time)}</td><td>${esc(e.event)}</td>
        <td>${esc(e.stepName || "")}</td><td>${esc(e.user || "")}</td><td>${esc(e.detail || "")}</td></tr>`).join("");
  });
}

filters.forEach((name) => document.getElementById(name).addEventListener("change", render));
document.getElementById("language").addEventListener("click", () => { language = language === "en" ? "zh" : "en"; translate(); });
get(`/reports/board/projects?zone=${encodeURIComponent(zone)}`).then((found) => { cards = found; translate(); })
  .catch((error) => { document.getElementById("columns").textContent = error.message; });
