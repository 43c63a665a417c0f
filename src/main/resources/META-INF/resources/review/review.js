// Caravan's review page: propose the figures of an article (extractFigures), let the editor fix, accept or reject
// each one, add what was missed from a selection of the text, and save the accepted ones with the article's
// metadata in one recordArticle call. The browser sends the editor's login, given for /review, with each request.
'use strict';

const EXTRACT = `query Extract($text: String!, $publishedOn: Date) {
  extractFigures(text: $text, publishedOn: $publishedOn) {
    quoteStart quote start end amount printedAmount value valueHigh unit counted qualifier indicator flow
    period { label } reporterName reporter { code } partnerName partner { code } growthPercent multiple
    multipleWording converted { amount printedAmount unit qualifier } description reason } }`;
const PLACES = '{ places { code name } }';
const SCHEMA_ENUMS = '{ __schema { types { name enumValues { name } } } }';
const CHOICES = { units: 'Unit', qualifiers: 'Qualifier', indicators: 'Indicator', flows: 'Flow',
  wordings: 'MultipleWording' };
const RECORD = `mutation Record($source: SourceInput!, $statistics: [StatisticInput!]!) {
  recordArticle(source: $source, statistics: $statistics) {
    source { id }
    recorded { id printedAmount unit period { label } }
    alreadyStored { index statistic { id } }
    consistency { kind verdict explanation } } }`;

const state = { text: '', proposals: [], places: [], enums: null, current: -1 };
const $ = (id) => document.getElementById(id);

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (body.errors && body.errors.length) {
    const error = new Error(body.errors.map((e) => describeError(e)).join('\n'));
    error.graphqlErrors = body.errors;
    throw error;
  }
  return body.data;
}

function describeError(e) {
  const ext = e.extensions || {};
  return (ext.code ? ext.code + ': ' : '') + e.message + (ext.argument ? ` (${ext.argument})` : '');
}

function showError(message) {
  $('error').textContent = message;
  $('error').hidden = !message;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function slug(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 90);
}

async function loadChoices() {
  if (state.enums) {
    return;
  }
  const [places, schema] = await Promise.all([graphql(PLACES), graphql(SCHEMA_ENUMS)]);
  state.places = places.places;
  const values = (name) => schema.__schema.types.find((t) => t.name === name).enumValues.map((e) => e.name);
  state.enums = Object.fromEntries(Object.entries(CHOICES).map(([key, name]) => [key, values(name)]));
}

async function extract(event) {
  event.preventDefault();
  showError('');
  $('result').hidden = true;
  state.text = $('text').value;
  try {
    await loadChoices();
    const data = await graphql(EXTRACT, { text: state.text, publishedOn: $('publishedOn').value || null });
    state.proposals = data.extractFigures.map((p) => ({ ...p, status: 'pending' }));
    state.current = -1;
    render();
  } catch (error) {
    showError(error.message);
  }
}

function render() {
  $('review').hidden = false;
  renderText();
  const list = $('proposals');
  list.replaceChildren(...state.proposals.map((p, i) => card(p, i)));
  summarize();
}

function summarize() {
  const count = (status) => state.proposals.filter((p) => p.status === status).length;
  $('summary').textContent = `${state.proposals.length} figures proposed: ${count('accepted')} accepted, `
    + `${count('rejected')} rejected, ${count('pending')} to review`;
}

/** The text, in pieces that remember where they start, with each proposal's amount marked. */
function renderText() {
  const article = $('article');
  const marks = state.proposals.map((p, i) => ({ ...p, index: i })).sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at) {
      continue;
    }
    html += `<span data-start="${at}">${escapeHtml(state.text.slice(at, m.start))}</span>`;
    html += `<mark data-start="${m.start}" data-index="${m.index}" class="${m.status}${m.index === state.current ? ' current' : ''}"`
      + ` title="Figure ${m.index + 1}">${escapeHtml(state.text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  html += `<span data-start="${at}">${escapeHtml(state.text.slice(at))}</span>`;
  article.innerHTML = html;
}

function options(values, selected, empty) {
  const all = (empty ? [''] : []).concat(values);
  return all.map((v) => `<option value="${escapeHtml(v)}"${v === (selected || '') ? ' selected' : ''}>`
    + `${escapeHtml(v || '(none)')}</option>`).join('');
}

function placeOptions(selected) {
  return ['<option value="">(choose)</option>'].concat(state.places.map((p) => `<option value="${escapeHtml(p.code)}"`
    + `${p.code === selected ? ' selected' : ''}>${escapeHtml(p.name)} (${escapeHtml(p.code)})</option>`)).join('');
}

function field(label, name, control, wide) {
  return `<label class="${wide ? 'wide' : ''}">${label} ${control.replace('NAME', name)}</label>`;
}

/** One proposal: its fields, editable, and accept / reject. */
function card(p, i) {
  const li = document.createElement('li');
  li.className = `proposal ${p.status}`;
  li.id = `proposal-${i}`;
  const e = state.enums;
  // What the editor typed wins over what was proposed, across every redraw of the list.
  const edited = p.edits || (p.edits = {});
  const input = (value) => `<input name="NAME" value="${escapeHtml(value == null ? '' : String(value))}">`;
  li.innerHTML = `<h2><span>${i + 1}. ${escapeHtml(p.amount)}</span><span class="status">${p.status}</span></h2>
    <div class="fields">
      ${field('Amount (as printed)', 'printedAmount', input(p.printedAmount))}
      ${field('Unit', 'unit', `<select name="NAME">${options(e.units, p.unit, true)}</select>`)}
      ${field('Hedging', 'qualifier', `<select name="NAME">${options(e.qualifiers, p.qualifier)}</select>`)}
      ${field('Measures', 'indicator', `<select name="NAME">${options(e.indicators, p.indicator, true)}</select>`)}
      ${field('Flow', 'flow', `<select name="NAME">${options(e.flows, p.flow, true)}</select>`)}
      ${field('Period', 'period', input(p.period && p.period.label))}
      ${field('Reporter', 'reporter', `<select name="NAME">${placeOptions(p.reporter && p.reporter.code)}</select>`)}
      ${field('Partner', 'partner', `<select name="NAME">${placeOptions(p.partner && p.partner.code)}</select>`)}
      ${field('Growth %', 'growthPercent', input(p.growthPercent))}
      ${field('Multiple', 'multiple', input(p.multiple))}
      ${field('Multiple wording', 'multipleWording', `<select name="NAME">${options(e.wordings, p.multipleWording, true)}</select>`)}
      ${field('Converted amount', 'convertedAmount', input(p.converted && p.converted.printedAmount))}
      ${field('Converted unit', 'convertedUnit', `<select name="NAME">${options(e.units, p.converted && p.converted.unit, true)}</select>`)}
      ${field('Converted hedging', 'convertedQualifier', `<select name="NAME">${options(e.qualifiers, (p.converted && p.converted.qualifier) || 'EXACT')}</select>`)}
      ${field('What is counted', 'subject', input(p.counted))}
      ${field('Description', 'description', input(p.description), true)}
      ${field('Quote (the article\'s words)', 'quote', `<textarea name="NAME" rows="2">${escapeHtml(p.quote)}</textarea>`, true)}
    </div>
    <p class="hint">${p.reporterName ? 'Named in the text: ' + escapeHtml(p.reporterName) : ''}${p.partnerName
      ? (p.reporterName ? '; partner ' : 'Partner: ') + escapeHtml(p.partnerName) : ''}</p>
    <p class="reason">${escapeHtml(p.reason || '')}</p>
    <div class="actions">
      <button type="button" class="accept">Accept</button>
      <button type="button" class="reject">Reject</button>
    </div>`;
  for (const [name, value] of Object.entries(edited)) {
    li.querySelector(`[name="${name}"]`).value = value;
  }
  li.addEventListener('change', (event) => {
    if (event.target.name) {
      edited[event.target.name] = event.target.value;
    }
  });
  li.addEventListener('input', (event) => {
    if (event.target.name) {
      edited[event.target.name] = event.target.value;
    }
  });
  li.querySelector('.accept').addEventListener('click', () => setStatus(i, 'accepted'));
  li.querySelector('.reject').addEventListener('click', () => setStatus(i, 'rejected'));
  li.addEventListener('focusin', () => highlight(i));
  return li;
}

function setStatus(i, status) {
  state.proposals[i].status = status;
  const li = $(`proposal-${i}`);
  li.className = `proposal ${status}`;
  li.querySelector('.status').textContent = status;
  renderText();
  summarize();
}

function highlight(i) {
  state.current = i;
  renderText();
}

/** Offset in the text of a point of the selection: the length of the article's text before it. */
function offsetOf(node, offset) {
  const before = document.createRange();
  before.setStart($('article'), 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

function selectedRange() {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return null;
  }
  const range = selection.getRangeAt(0);
  if (!$('article').contains(range.commonAncestorContainer)) {
    return null;
  }
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start >= 0 && end > start ? { start, end } : null;
}

/** The sentence around a span of the text: from the end of the sentence before to the end of this one. */
function sentenceAround(start, end) {
  const before = state.text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. ') + 2, before.lastIndexOf('\n') + 1, 0);
  const rest = state.text.slice(end);
  const stop = rest.search(/[.!?](\s|$)|\n/);
  const to = stop < 0 ? state.text.length : end + stop + 1;
  return { quoteStart: from, quote: state.text.slice(from, to).trim() };
}

function addSelection() {
  const range = selectedRange();
  if (!range) {
    showError('Select the words of the missing figure in the article first.');
    return;
  }
  showError('');
  const amount = state.text.slice(range.start, range.end);
  const number = amount.match(/\d[\d,]*(?:\.\d+)?(?:\s*-\s*\d[\d,]*(?:\.\d+)?)?(?:\s+(?:thousand|million|billion))?/);
  state.proposals.push({ ...sentenceAround(range.start, range.end), start: range.start, end: range.end, amount,
    printedAmount: number ? number[0].replace(/,/g, '') : '', qualifier: 'EXACT', status: 'accepted',
    description: '', reason: 'added by the editor' });
  render();
  $(`proposal-${state.proposals.length - 1}`).scrollIntoView({ block: 'nearest' });
}

function sourceInput() {
  const value = (id) => $(id).value.trim() || null;
  const title = value('title');
  const id = value('sourceId') || slug(`${value('outlet') || 'article'} ${title || ''}`);
  $('sourceId').value = id;
  return { id, title, outlet: value('outlet'), url: value('url'), publishedOn: value('publishedOn'),
    language: value('language') || 'en' };
}

function statisticInput(i, sourceId) {
  const li = $(`proposal-${i}`);
  const get = (name) => {
    const control = li.querySelector(`[name="${name}"]`);
    const text = control ? control.value.trim() : '';
    return text === '' ? null : text;
  };
  const converted = get('convertedAmount')
    ? { amount: get('convertedAmount'), unit: get('convertedUnit'), qualifier: get('convertedQualifier') || 'EXACT' }
    : null;
  return { source: sourceId, indicator: get('indicator'), description: get('description'), subject: get('subject'),
    reporter: get('reporter'), partner: get('partner'), flow: get('flow'), period: get('period'),
    amount: get('printedAmount'), unit: get('unit'), qualifier: get('qualifier'), growthPercent: get('growthPercent'),
    multiple: get('multiple'), multipleWording: get('multipleWording'), converted, quote: get('quote') };
}

async function save() {
  showError('');
  const accepted = state.proposals.map((p, i) => i).filter((i) => state.proposals[i].status === 'accepted');
  if (accepted.length === 0) {
    showError('Accept at least one figure first.');
    return;
  }
  document.querySelectorAll('.proposal.failed').forEach((li) => li.classList.remove('failed'));
  const source = sourceInput();
  const statistics = accepted.map((i) => statisticInput(i, source.id));
  $('save').disabled = true;
  try {
    const data = await graphql(RECORD, { source, statistics });
    showResult(data.recordArticle, accepted);
  } catch (error) {
    markFailed(error, accepted);
    showError('Nothing was saved. ' + error.message);
  } finally {
    $('save').disabled = false;
  }
}

/** The card of the figure an error names ("statistics[2].period"), marked so that the editor finds it. */
function markFailed(error, accepted) {
  for (const e of error.graphqlErrors || []) {
    const match = /^statistics\[(\d+)\]/.exec((e.extensions && e.extensions.argument) || '');
    if (match) {
      const li = $(`proposal-${accepted[Number(match[1])]}`);
      li.classList.add('failed');
      li.scrollIntoView({ block: 'nearest' });
    }
  }
}

function showResult(record, accepted) {
  const result = $('result');
  const recorded = record.recorded.map((s) => `<li>${escapeHtml(s.id)}: ${escapeHtml(s.printedAmount || 'a rate')}`
    + ` ${escapeHtml(s.unit)}${s.period ? ', ' + escapeHtml(s.period.label) : ''}</li>`).join('');
  const stored = record.alreadyStored.map((s) => `<li>Figure ${accepted[s.index] + 1} is stored already as`
    + ` ${escapeHtml(s.statistic.id)}: not recorded twice</li>`).join('');
  const findings = record.consistency.map((f) => `<li class="${f.verdict.toLowerCase()}">${escapeHtml(f.verdict)}`
    + ` (${escapeHtml(f.kind)}): ${escapeHtml(f.explanation)}</li>`).join('');
  result.innerHTML = `<h2>Saved under ${escapeHtml(record.source.id)}</h2>
    <h3>Recorded (${record.recorded.length})</h3><ul id="recorded">${recorded}</ul>
    <h3>Stored already (${record.alreadyStored.length})</h3><ul id="already-stored">${stored}</ul>
    <h3>Consistency checks on the new figures (${record.consistency.length})</h3><ul id="findings">${findings}</ul>`;
  result.hidden = false;
  result.scrollIntoView({ block: 'nearest' });
}

document.addEventListener('DOMContentLoaded', () => {
  $('article-form').addEventListener('submit', extract);
  $('save').addEventListener('click', save);
  $('add-selection').addEventListener('click', addSelection);
  $('article').addEventListener('click', (event) => {
    const mark = event.target.closest('mark');
    if (mark) {
      const i = Number(mark.dataset.index);
      highlight(i);
      $(`proposal-${i}`).scrollIntoView({ block: 'nearest' });
    }
  });
  document.addEventListener('selectionchange', () => {
    $('add-selection').disabled = !selectedRange();
  });
});
