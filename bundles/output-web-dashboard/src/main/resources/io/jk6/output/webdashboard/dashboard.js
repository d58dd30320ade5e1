// jk6's web dashboard: draws the state the page carries (the run so far, or all of it in a report),
// then, live, follows the server's events: "state" (everything), "point" (a period more), "end".
(function () {
  'use strict';
  const body = document.body;
  const errors = document.getElementById('errors');
  // errors are shown on the page too (a report has no console at hand), and tests read them there
  function showError(text) {
    errors.hidden = false;
    errors.textContent += text + '\n';
  }
  window.addEventListener('error', (e) => showError('Uncaught ' + (e.error || e.message)));
  window.addEventListener('unhandledrejection', (e) => showError('Unhandled rejection ' + e.reason));

  let state = JSON.parse(document.getElementById('state').textContent);
  const charts = {};

  const RUN_CHARTS = [
    { id: 'reqs', title: 'HTTP requests per second', series: [['reqs', 'requests/s', '#2f6fdb']], fmt: rate },
    { id: 'duration', title: 'HTTP request duration (ms)', fmt: ms, series: [
      ['dAvg', 'avg', '#2f6fdb'], ['d90', 'p(90)', '#18a058'], ['d95', 'p(95)', '#e0a100'], ['d99', 'p(99)', '#c62828']] },
    { id: 'vus', title: 'Virtual users', fmt: whole, series: [['vus', 'VUs', '#2f6fdb'], ['vusMax', 'VUs max', '#999']] },
    { id: 'failed', title: 'Failed HTTP requests (%)', fmt: percent, series: [['failed', 'failed', '#c62828']], scale: 100 },
    { id: 'checks', title: 'Checks passed (%)', fmt: percent, series: [['checks', 'passed', '#18a058']], scale: 100 },
    { id: 'iters', title: 'Iterations per second', fmt: rate, series: [['iters', 'iterations/s', '#7b3fd1']] },
    { id: 'data', title: 'Data per second', fmt: bytes, series: [['sent', 'sent', '#e0a100'], ['recv', 'received', '#2f6fdb']] },
  ];
  const SCENARIO_CHARTS = [
    { key: 'reqs', title: 'HTTP requests per second by scenario', fmt: rate },
    { key: 'd95', title: 'HTTP request duration p(95) by scenario (ms)', fmt: ms },
    { key: 'iters', title: 'Iterations per second by scenario', fmt: rate },
    { key: 'failed', title: 'Failed HTTP requests by scenario (%)', fmt: percent, scale: 100 },
  ];
  const PALETTE = ['#2f6fdb', '#e0a100', '#18a058', '#c62828', '#7b3fd1', '#0097a7', '#8d6e63', '#d81b60'];

  function rate(v) { return v == null ? '–' : v.toFixed(2) + '/s'; }
  function ms(v) { return v == null ? '–' : v < 1 ? (v * 1000).toFixed(0) + 'µs' : v < 1000 ? v.toFixed(2) + 'ms' : (v / 1000).toFixed(2) + 's'; }
  function whole(v) { return v == null ? '–' : String(Math.round(v)); }
  function percent(v) { return v == null ? '–' : v.toFixed(2) + '%'; }
  // k6's units for data: powers of 1000; the table shows two decimals, the axis as few as it needs
  function inUnits(v, digits) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let i = 0;
    while (Math.abs(v) >= 1000 && i < units.length - 1) { v /= 1000; i++; }
    return digits(v, i) + ' ' + units[i];
  }
  function bytes(v) { return v == null ? '–' : inUnits(v, (x, i) => (i === 0 ? x.toFixed(0) : x.toFixed(2))); }
  function number(v) { return v == null ? '–' : Math.abs(v) >= 1000 || Number.isInteger(v) ? String(Math.round(v * 100) / 100) : v.toFixed(4).replace(/0+$/, '').replace(/\.$/, ''); }

  // axis ticks: as few digits as tell them apart
  function short(v) { return String(Number(v.toPrecision(4))); }
  const AXIS = new Map([
    [rate, (v) => short(v) + '/s'],
    [ms, (v) => (Math.abs(v) >= 1000 ? short(v / 1000) + 's' : short(v) + 'ms')],
    [whole, (v) => short(v)],
    [percent, (v) => short(v) + '%'],
    [bytes, (v) => inUnits(v, short)],
  ]);

  function pick(point, key, scale) {
    const v = point[key];
    return v == null ? null : v * (scale || 1);
  }

  // one chart: a figure with a uPlot inside; data-points says how many moments it has a value for
  function chart(container, id, title, fmt, seriesDefs) {
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.dataset.chart = id;
    figure.dataset.points = '0';
    const caption = document.createElement('figcaption');
    caption.textContent = title;
    figure.appendChild(caption);
    container.appendChild(figure);
    const width = Math.max(360, Math.min(figure.clientWidth || 600, 900) - 16);
    // percentages stay within 0-100, counts of VUs on whole numbers, everything else from 0 up
    const yRange = fmt === percent ? (u, lo, hi) => [0, hi > 50 || hi == null ? 100 : Math.max(1, hi * 1.2)]
      : (u, lo, hi) => [Math.min(0, lo == null ? 0 : lo), hi == null || hi <= 0 ? 1 : hi * 1.1];
    const yAxis = { size: 64, values: (u, ticks) => ticks.map(AXIS.get(fmt)) };
    if (fmt === whole) yAxis.incrs = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000];
    const opts = {
      width: width, height: 220,
      scales: { x: { time: false }, y: { range: yRange } },
      axes: [{ label: 'seconds', values: (u, ticks) => ticks.map((t) => short(t) + 's') }, yAxis],
      series: [{ label: 'elapsed', value: (u, v) => (v == null ? '–' : v.toFixed(1) + 's') }].concat(seriesDefs.map((s) => ({
        label: s.label, stroke: s.color, width: 2, spanGaps: false, points: { size: 4 }, value: (u, v) => fmt(v),
      }))),
    };
    const plot = new uPlot(opts, [[]].concat(seriesDefs.map(() => [])), figure);
    return { figure: figure, plot: plot, defs: seriesDefs };
  }

  function fill(c, data) {
    c.plot.setData(data);
    let points = 0;
    for (let i = 0; i < data[0].length; i++) {
      if (data.slice(1).some((s) => s[i] != null)) points++;
    }
    c.figure.dataset.points = String(points);
  }

  function drawRun() {
    const container = document.getElementById('run-charts');
    const xs = state.points.map((p) => p.t);
    for (const def of RUN_CHARTS) {
      if (!charts[def.id]) {
        charts[def.id] = chart(container, def.id, def.title, def.fmt,
          def.series.map(([key, label, color]) => ({ key: key, label: label, color: color })));
      }
      fill(charts[def.id], [xs].concat(def.series.map(([key]) => state.points.map((p) => pick(p, key, def.scale)))));
    }
  }

  function drawScenarios() {
    const names = state.scenarios;
    document.getElementById('scenario-section').hidden = names.length === 0;
    const container = document.getElementById('scenario-charts');
    const xs = state.points.map((p) => p.t);
    for (const def of SCENARIO_CHARTS) {
      const id = 'scenario-' + def.key;
      const c = charts[id];
      // a scenario that starts later adds a series: the chart is made again with it
      if (c && c.defs.length !== names.length) {
        c.plot.destroy();
        c.figure.remove();
        delete charts[id];
      }
      if (!charts[id]) {
        charts[id] = chart(container, id, def.title, def.fmt,
          names.map((n, i) => ({ key: n, label: n, color: PALETTE[i % PALETTE.length] })));
      }
      fill(charts[id], [xs].concat(names.map((n) => state.points.map((p) => (p.sc && p.sc[n] ? pick(p.sc[n], def.key, def.scale) : null)))));
    }
  }

  function cell(row, text, cls) {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    row.appendChild(td);
  }

  // how a statistic of a metric reads: a counter's rate is per second, a rate metric's rate a share
  function formatterOf(metric, stat) {
    if (metric && metric.type === 'rate' && stat === 'rate') return (v) => percent(v == null ? null : v * 100);
    if (stat === 'passes' || stat === 'fails') return number;
    const unit = metric ? metric.unit : 'default';
    const base = unit === 'time' && stat !== 'count' ? ms : unit === 'data' ? bytes : number;
    return stat === 'rate' ? (v) => (v == null ? '–' : base(v) + '/s') : base;
  }

  function drawThresholds() {
    const tbody = document.querySelector('#thresholds tbody');
    tbody.textContent = '';
    for (const t of state.thresholds) {
      const row = document.createElement('tr');
      cell(row, t.metric);
      cell(row, t.expression);
      const aggregation = t.expression.split(/[<>=!]/)[0].replace(/\s/g, '');
      cell(row, formatterOf(state.metrics.find((m) => m.name === t.metric), aggregation)(t.value));
      const verdict = t.ok == null ? 'no data' : t.ok ? '✓ passed' : '✗ failed';
      cell(row, verdict, t.ok == null ? 'none' : t.ok ? 'ok' : 'fail');
      tbody.appendChild(row);
    }
    if (state.thresholds.length === 0) {
      const row = document.createElement('tr');
      cell(row, 'The script sets no thresholds.', 'none');
      row.firstChild.colSpan = 4;
      tbody.appendChild(row);
    }
  }

  // one table per metric type, its columns the type's statistics
  function drawMetrics() {
    const container = document.getElementById('metrics');
    container.textContent = '';
    for (const type of ['trend', 'counter', 'rate', 'gauge']) {
      const metrics = state.metrics.filter((m) => m.type === type);
      if (metrics.length === 0) continue;
      const table = document.createElement('table');
      table.dataset.type = type;
      const columns = Object.keys(metrics[0].stats);
      const head = document.createElement('tr');
      for (const name of [type + ' metric'].concat(columns)) {
        const th = document.createElement('th');
        th.textContent = name;
        head.appendChild(th);
      }
      table.appendChild(head);
      for (const m of metrics) {
        const row = document.createElement('tr');
        cell(row, m.name);
        for (const c of columns) {
          cell(row, formatterOf(m, c)(m.stats[c]));
        }
        table.appendChild(row);
      }
      container.appendChild(table);
    }
  }

  function drawHeader() {
    const meta = state.meta;
    document.getElementById('script').textContent = meta.script;
    const last = state.points.length ? state.points[state.points.length - 1].t : 0;
    const when = new Date(meta.started).toLocaleString();
    document.getElementById('status').textContent = (meta.ended ? 'ended after ' : 'running for ') + last.toFixed(0)
      + ' s · started ' + when + ' · a point every ' + meta.period + ' s';
    document.getElementById('download').hidden = body.dataset.mode !== 'live';
  }

  function draw() {
    drawHeader();
    drawRun();
    drawScenarios();
    drawThresholds();
    drawMetrics();
    body.dataset.charts = String(Object.keys(charts).length);
  }

  draw();

  if (body.dataset.mode === 'live' && !state.meta.ended && window.EventSource) {
    const events = new EventSource('events');
    const counted = (handler) => (e) => {
      body.dataset.events = String(Number(body.dataset.events) + 1);
      handler(JSON.parse(e.data));
      draw();
    };
    events.addEventListener('state', counted((s) => { state = s; }));
    events.addEventListener('point', counted((update) => {
      const points = state.points.concat([update.point]);
      state = update;
      state.points = points;
    }));
    events.addEventListener('end', counted((s) => { state = s; events.close(); }));
  }
})();
