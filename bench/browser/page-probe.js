// Runs inside the page, added with addInitScript({ path }) before the app's own code (plain JS: it is injected as
// written). Records long tasks and, from the DOM alone, when each import stage shows; no hook in the app.
//
// - the drop: the `change` event of a file input (capture phase, before the app's handler);
// - browsable: the first link in the list named "Conversations";
// - busy: a progress bar in the page or a status text naming an import step; idle when both are gone;
// - risk / index: the last moment a status text named the risk scan / the search index, and when it was gone.
// window.__benchSearch(query) types a query in the search box, submits it and resolves with the milliseconds
// until the hit count and the first hit (or "No messages match") are on screen.
(() => {
	const rec = {
		changeAt: null,
		browsableAt: null,
		busySeenAt: null,
		idleAt: [],
		riskSeenAt: null,
		riskGoneAt: null,
		indexSeenAt: null,
		indexGoneAt: null,
		longTasks: [],
		// After a reload: each step the "Restoring the saved workspace" notice named, with when it first showed
		// (ms from the navigation): the tables, the search index, the people.
		restoreSteps: [],
		checks: 0
	};
	window.__benchProbe = rec;
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// no long-task API: the list stays empty
	}
	document.addEventListener(
		'change',
		(e) => {
			const t = e.target;
			if (t && t.tagName === 'INPUT' && t.type === 'file' && rec.changeAt === null) rec.changeAt = performance.now();
		},
		true
	);
	const STEP = /reading|parsing|loading into|indexing|scanning|linking|saving|restoring|importing/i;
	const RISK = /risk|scanning/i;
	const INDEX = /index/i;
	let busy = false;
	const check = () => {
		const now = performance.now();
		rec.checks++;
		for (const el of document.querySelectorAll('[role="status"]')) {
			const t = (el.textContent || '').replace(/\s+/g, ' ').trim();
			const m = /^(?:Restoring the saved workspace|Opening the workspace)[^…]*… ([a-z ]+)/.exec(t);
			if (m && rec.restoreSteps.at(-1)?.step !== m[1].trim()) rec.restoreSteps.push({ step: m[1].trim(), at: Math.round(now) });
		}
		if (rec.changeAt === null) return;
		if (rec.browsableAt === null) {
			const list = document.querySelector('[aria-label="Conversations"]');
			if (list && list.querySelector('a')) rec.browsableAt = now;
		}
		let text = '';
		for (const el of document.querySelectorAll('main [role="status"], main [aria-live]')) text += ' ' + (el.textContent || '');
		const bar = document.querySelector('main progress, main [role="progressbar"]') !== null;
		const nowBusy = bar || STEP.test(text);
		if (nowBusy && rec.busySeenAt === null) rec.busySeenAt = now;
		if (busy && !nowBusy) rec.idleAt.push(now);
		busy = nowBusy;
		if (RISK.test(text)) {
			rec.riskSeenAt = now;
			rec.riskGoneAt = null;
		} else if (rec.riskSeenAt !== null && rec.riskGoneAt === null) rec.riskGoneAt = now;
		if (INDEX.test(text)) {
			rec.indexSeenAt = now;
			rec.indexGoneAt = null;
		} else if (rec.indexSeenAt !== null && rec.indexGoneAt === null) rec.indexGoneAt = now;
	};
	let queued = false;
	const start = () => {
		new MutationObserver(() => {
			if (queued) return;
			queued = true;
			queueMicrotask(() => {
				queued = false;
				check();
			});
		}).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
		setInterval(check, 50);
	};
	if (document.documentElement) start();
	else addEventListener('DOMContentLoaded', start);

	const answered = () => {
		const hits = document.querySelector('[aria-label="Hits"]');
		if (!hits) return false;
		const count = hits.querySelector('[role="status"]');
		const text = count ? count.textContent || '' : '';
		if (/^\s*0 hits\s*$/.test(text) || hits.textContent.includes('No messages match')) return true;
		if (!/^\s*[\d,]+ hits?\s*$/.test(text)) return false;
		return hits.querySelector('[aria-label="Search results"] li') !== null;
	};
	window.__benchSearch = (query, timeoutMs = 60000) =>
		new Promise((resolve, reject) => {
			const input = document.querySelector('input[aria-label="Search messages"]');
			if (!input) return reject(new Error('no search box'));
			const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
			setter.call(input, '');
			input.dispatchEvent(new Event('input', { bubbles: true }));
			// The empty query clears the hits at once; wait for that, then type the query and submit it.
			const typeIt = () => {
				if (document.querySelector('[aria-label="Hits"]')) return requestAnimationFrame(typeIt);
				const started = performance.now();
				setter.call(input, query);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				input.form.requestSubmit();
				const poll = () => {
					if (answered()) {
						observer.disconnect();
						clearTimeout(timer);
						resolve(performance.now() - started);
					}
				};
				const observer = new MutationObserver(poll);
				observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
				const timer = setTimeout(() => {
					observer.disconnect();
					reject(new Error(`no answer to ${query} in ${timeoutMs} ms`));
				}, timeoutMs);
				poll();
			};
			typeIt();
		});
})();
