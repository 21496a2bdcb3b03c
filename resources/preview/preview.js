// SPDX-FileCopyrightText: 2026 Masthead contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Masthead's side of the preview page. It runs in an isolated JavaScript world (the page's own
// scripts never run), talks to the application through QWebChannel, and patches the article in
// place: only the blocks that changed are replaced, so images stay loaded and nothing flashes or
// jumps.
(function () {
    'use strict';

    const MARKER = 'mh-block';
    const SEPARATOR = '<!--' + MARKER + '-->'; // between blocks in the HTML of a patch
    // Above this many blocks, blocks out of view are not laid out (see .mh-long in preview.css and
    // CHUNK_BLOCKS below).
    const LONG_DOCUMENT_BLOCKS = 2000;
    let bridge = null;
    // Per top-level block: the DOM nodes it made, or, while its chunk is asleep, {html, chunk}.
    let blocks = [];
    let lines = [];       // per top-level block: [firstLine, lastLine]
    let quietScrollY = null; // where Masthead scrolled the page itself: no report for arriving there
    let scrollReportQueued = false;
    let settling = null; // {target(), until, scrollY}: a scroll to a line that follows late layout changes
    let lineToReveal = null; // the source line being edited, brought into view after the next patch

    function article() { return document.getElementById('mh-article'); }

    // Parses the HTML of consecutive blocks, separated by <!--mh-block--> comments, into node lists.
    function parseBlocks(html, count) {
        const template = document.createElement('template');
        template.innerHTML = html;
        const result = [];
        let current = [];
        for (const node of Array.from(template.content.childNodes)) {
            if (node.nodeType === Node.COMMENT_NODE && node.data === MARKER) {
                result.push(current);
                current = [];
            } else {
                current.push(node);
            }
        }
        result.push(current);
        while (result.length > count)
            result.pop();
        return result;
    }

    // A long document is split into chunks of blocks (<div class="mh-chunk">), each laid out and
    // painted only near the view (see .mh-long in preview.css). Per block, as before, Blink would
    // still walk ~20,000 children of one container on every change, and check each of them against
    // the view on every frame: that, not the patch, was most of a keystroke's time at 1 MB.
    const CHUNK_BLOCKS = 64;

    // The chunks of a document loaded or pasted in one go are made asleep: their blocks are kept as
    // HTML, not parsed, until the chunk comes within a view's height of the view (or is needed
    // sooner: scroll sync, an edit, a link to an id in it, a selection over it). A DOM of tens of
    // thousands of blocks nobody looks at costs the page's process tens of MB. An awake chunk stays
    // awake. Only long documents (.mh-long) have chunks at all.
    const wakeObserver = new IntersectionObserver(function (entries) {
        for (const entry of entries) {
            if (entry.isIntersecting)
                wake(entry.target);
        }
    }, { rootMargin: '100% 0px' });

    function isAsleep(entry) { return !Array.isArray(entry); }

    // Parses the blocks of an asleep chunk into its DOM nodes.
    function wake(chunk) {
        if (!chunk || !chunk.mhAsleep)
            return;
        // Its blocks, in order (those a patch is removing no longer name it).
        const indices = [];
        for (let i = 0; i < blocks.length && indices.length < chunk.mhAsleep; ++i) {
            if (isAsleep(blocks[i]) && blocks[i].chunk === chunk)
                indices.push(i);
        }
        chunk.mhAsleep = 0;
        chunk.style.height = '';
        wakeObserver.unobserve(chunk);
        const html = indices.map(function (i) { return blocks[i].html; });
        const lists = parseBlocks(html.join(SEPARATOR), indices.length);
        indices.forEach(function (blockIndex, k) {
            const nodes = lists[k] || [];
            for (const node of nodes)
                chunk.appendChild(node);
            blocks[blockIndex] = nodes;
        });
    }

    // Wakes the asleep chunks in or near the view at once: the observer would wake them only after
    // the next frame, which would show them empty.
    function wakeNearView(container) {
        const height = window.innerHeight;
        for (const chunk of Array.from(container.children)) {
            if (!chunk.mhAsleep)
                continue;
            const box = chunk.getBoundingClientRect();
            if (box.top > 2 * height)
                break;
            if (box.bottom >= -height)
                wake(chunk);
        }
    }

    // The blocks of a load or a paste as HTML, not yet parsed.
    function asleepBlocks(html, count) {
        const parts = html.split(SEPARATOR);
        const result = [];
        for (let i = 0; i < count; ++i)
            result.push({ html: parts[i] || '', chunk: null });
        return result;
    }

    // An awake block of the list, parsing it if it was asleep.
    function awake(list, index) {
        if (isAsleep(list[index]))
            list[index] = parseBlocks(list[index].html, 1)[0] || [];
        return list[index];
    }

    function newChunk(estimate) {
        const chunk = document.createElement('div');
        chunk.className = 'mh-chunk';
        setEstimate(chunk, estimate);
        return chunk;
    }

    // What a chunk is taken to measure until it has been shown once (then the page remembers).
    function setEstimate(chunk, estimate) {
        chunk.style.containIntrinsicSize = 'auto ' + Math.round(estimate) + 'px';
    }

    // A rough height of a block: its text at about 80 characters a line of 27 px, and a margin.
    function estimateOf(entry) {
        let characters = 0;
        if (isAsleep(entry)) {
            characters = entry.html.replace(/<[^>]*>/g, '').length;
        } else {
            for (const node of entry)
                characters += node.textContent.length;
        }
        return 27 * Math.max(1, Math.ceil(characters / 80)) + 17;
    }

    function chunkOf(node) {
        const parent = node.parentNode;
        return parent && parent.classList && parent.classList.contains('mh-chunk') ? parent : null;
    }

    // Blocks into fresh chunks, before the chunk `before` (or at the end). A chunk of blocks that
    // are all asleep is made asleep; otherwise its asleep blocks are parsed.
    function addChunks(container, before, list) {
        for (let i = 0; i < list.length; i += CHUNK_BLOCKS) {
            const end = Math.min(list.length, i + CHUNK_BLOCKS);
            const chunk = newChunk(0);
            let estimate = 0;
            const asleep = list.slice(i, end).every(isAsleep);
            for (let j = i; j < end; ++j) {
                if (asleep) {
                    list[j].chunk = chunk;
                    estimate += estimateOf(list[j]);
                    continue;
                }
                const nodes = awake(list, j);
                estimate += estimateOf(nodes);
                for (const node of nodes)
                    chunk.appendChild(node);
            }
            setEstimate(chunk, estimate);
            container.insertBefore(chunk, before);
            if (asleep) {
                // Empty, it would measure nothing once in view (its estimate holds only while the
                // browser skips it).
                chunk.style.height = Math.round(estimate) + 'px';
                chunk.mhAsleep = end - i;
                wakeObserver.observe(chunk);
            }
        }
    }

    // Splits a chunk before node: node and what follows it go to a new chunk after it.
    function splitChunk(container, chunk, node) {
        const tail = newChunk(0);
        while (node.nextSibling)
            tail.appendChild(node.nextSibling);
        tail.insertBefore(node, tail.firstChild);
        container.insertBefore(tail, chunk.nextSibling);
        return tail;
    }

    // Inserts the blocks before anchor (or at the end), in chunks.
    function insertChunked(container, anchor, inserted) {
        let chunk = anchor ? chunkOf(anchor) : container.lastElementChild;
        if (chunk && chunk.mhAsleep)
            wake(chunk);
        if (inserted.length > CHUNK_BLOCKS || !chunk) {
            // Many blocks (a load, a paste): chunks of their own, after splitting the anchor's chunk.
            if (chunk && anchor && anchor !== chunk.firstChild)
                chunk = splitChunk(container, chunk, anchor);
            addChunks(container, anchor ? chunk : null, inserted);
            return;
        }
        for (const nodes of inserted) {
            for (const node of nodes)
                chunk.insertBefore(node, anchor);
        }
        // Grown by typing: in two.
        if (chunk.childNodes.length > 4 * CHUNK_BLOCKS)
            splitChunk(container, chunk, chunk.childNodes[chunk.childNodes.length >> 1]);
    }

    // Moves every block into chunks, or back out of them.
    function setChunked(container, chunked) {
        wakeObserver.disconnect();
        container.textContent = '';
        container.classList.toggle('mh-long', chunked);
        if (chunked) {
            addChunks(container, null, blocks);
        } else {
            for (let i = 0; i < blocks.length; ++i) {
                for (const node of awake(blocks, i))
                    container.appendChild(node);
            }
        }
    }

    function patch(start, removeCount, html, insertCount, newLines, wholeLines, lineShift, generation) {
        const began = performance.now();
        const container = article();
        const chunked = container.classList.contains('mh-long');
        const anchor = start + removeCount < blocks.length ? firstNode(start + removeCount) : null;
        for (let i = start; i < start + removeCount; ++i) {
            if (isAsleep(blocks[i])) {
                const chunk = blocks[i].chunk;
                blocks[i].chunk = null;
                if (chunk && --chunk.mhAsleep === 0) {
                    wakeObserver.unobserve(chunk);
                    chunk.remove();
                }
                continue;
            }
            for (const node of blocks[i]) {
                const chunk = chunked ? chunkOf(node) : null;
                node.remove();
                if (chunk && !chunk.firstChild)
                    chunk.remove();
            }
        }
        // Chunks from more than LONG_DOCUMENT_BLOCKS blocks, none again below half of it, so that
        // typing around the limit does not rebuild the page at every keystroke.
        const count = blocks.length - removeCount + insertCount;
        const wantChunks = chunked ? count >= LONG_DOCUMENT_BLOCKS / 2 : count > LONG_DOCUMENT_BLOCKS;
        // Many blocks into a long document (a load, a paste) make chunks of their own, asleep.
        const inserted = insertCount === 0 ? []
            : wantChunks && insertCount > CHUNK_BLOCKS ? asleepBlocks(html, insertCount)
            : parseBlocks(html, insertCount);
        if (wantChunks !== chunked) {
            blocks.splice(start, removeCount, ...inserted);
            setChunked(container, wantChunks);
        } else {
            if (chunked) {
                insertChunked(container, anchor, inserted);
            } else {
                for (const nodes of inserted) {
                    for (const node of nodes)
                        container.insertBefore(node, anchor);
                }
            }
            blocks.splice(start, removeCount, ...inserted);
        }
        if (inserted.length > 0 && isAsleep(inserted[0]))
            wakeNearView(container);
        const pairs = [];
        for (let i = 0; i + 1 < newLines.length; i += 2)
            pairs.push([newLines[i], newLines[i + 1]]);
        if (wholeLines) {
            lines = pairs;
        } else {
            lines.splice(start, removeCount, ...pairs);
            if (lineShift !== 0) {
                for (let i = start + pairs.length; i < lines.length; ++i) {
                    lines[i][0] += lineShift;
                    lines[i][1] += lineShift;
                }
            }
        }
        if (lineToReveal !== null) {
            reveal(lineToReveal);
            lineToReveal = null;
        }
        const patched = performance.now();
        requestAnimationFrame(function () {
            bridge.patched(generation, patched - began, performance.now() - patched, performance.timeOrigin + began);
        });
    }

    function firstNode(index) {
        for (let i = index; i < blocks.length; ++i) {
            if (isAsleep(blocks[i]))
                wake(blocks[i].chunk);
            if (blocks[i].length > 0)
                return blocks[i][0];
        }
        return null;
    }

    // The element of a block that has a position on the page (text nodes have none), waking its
    // chunk.
    function blockElement(index) {
        if (isAsleep(blocks[index]))
            wake(blocks[index].chunk);
        for (const node of blocks[index] || []) {
            if (node.nodeType === Node.ELEMENT_NODE)
                return node;
        }
        return null;
    }

    // Where a block is, without waking it: an asleep block is where its chunk is.
    function placeOf(index) {
        return isAsleep(blocks[index]) ? blocks[index].chunk : blockElement(index);
    }

    function top(element) {
        return element.getBoundingClientRect().top + window.scrollY;
    }

    // The last block whose first line is at or before line.
    function blockAtLine(line) {
        let lo = 0, hi = lines.length - 1, found = 0;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (lines[mid][0] <= line) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        return found;
    }

    function scrollToLine(line) {
        if (lines.length === 0)
            return;
        let index = blockAtLine(line);
        while (index > 0 && !blockElement(index))
            --index;
        const element = blockElement(index);
        if (!element)
            return;
        const [first, last] = lines[index];
        const span = Math.max(1, last - first + 1);
        const fraction = Math.min(1, Math.max(0, (line - first) / span));
        const target = function () {
            return Math.max(0, top(element) + fraction * element.getBoundingClientRect().height - 8);
        };
        scrollQuietly(target());
        // In a long document the blocks above were only estimated; those that come into view get
        // their real height when the page next renders, and push the target away. Follow it for a
        // second, unless the reader scrolls away meanwhile.
        settling = article().classList.contains('mh-long')
            ? { target: target, until: performance.now() + 1000, scrollY: window.scrollY } : null;
    }

    // Scrolls the block of the line into view when it is out of it (a third of the way down), and
    // leaves the view alone when it is in it.
    function reveal(line) {
        if (lines.length === 0)
            return;
        let index = blockAtLine(line);
        while (index > 0 && !blockElement(index))
            --index;
        const element = blockElement(index);
        if (!element)
            return;
        const box = element.getBoundingClientRect();
        const view = window.innerHeight;
        if (box.top >= 0 && box.top < view - 16)
            return;
        settling = null;
        scrollQuietly(Math.max(0, box.top + window.scrollY - view / 3));
    }

    function revealLine(line) {
        lineToReveal = line;
        reveal(line);
    }

    // The last block whose top is at or above y (-1 when none is), looking at asleep blocks only
    // where their chunks are.
    function blockAtY(y) {
        let lo = 0, hi = blocks.length - 1, found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            let probe = mid;
            while (probe <= hi && !placeOf(probe))
                ++probe;
            if (probe > hi) { hi = mid - 1; continue; }
            if (top(placeOf(probe)) <= y) { found = probe; lo = probe + 1; } else { hi = mid - 1; }
        }
        return found;
    }

    // The source line shown at the top of the view.
    function lineAtTop() {
        const y = window.scrollY + 8;
        let found = blockAtY(y);
        // In an asleep chunk (scrolled to faster than it woke): wake it and look again; its real
        // height may put another chunk at the top.
        for (let tries = 0; tries < 3 && found >= 0 && isAsleep(blocks[found]); ++tries) {
            wake(blocks[found].chunk);
            found = blockAtY(y);
        }
        if (found < 0 || isAsleep(blocks[found]))
            return lines.length ? lines[Math.max(0, found)][0] : 1;
        const element = blockElement(found);
        const rect = element.getBoundingClientRect();
        const fraction = rect.height > 0 ? Math.min(1, (y - top(element)) / rect.height) : 0;
        const [first, last] = lines[found];
        return first + fraction * (last - first + 1);
    }

    // Scrolls without reporting it back to the editor. (A flag for "the next scroll event" would
    // swallow the reader's own scroll when scrollTo() does not move the page and fires no event.)
    function scrollQuietly(y) {
        window.scrollTo(0, y);
        quietScrollY = window.scrollY;
    }

    function onScroll() {
        const quiet = quietScrollY !== null && Math.abs(window.scrollY - quietScrollY) < 1;
        quietScrollY = null;
        if (quiet)
            return;
        if (scrollReportQueued)
            return;
        scrollReportQueued = true;
        requestAnimationFrame(function () {
            scrollReportQueued = false;
            bridge.scrolled(lineAtTop());
        });
    }

    function onArticleResized() {
        if (!settling)
            return;
        // Too late, or the reader has scrolled since.
        if (performance.now() > settling.until || Math.abs(window.scrollY - settling.scrollY) > 2) {
            settling = null;
            return;
        }
        const y = settling.target();
        if (Math.abs(y - window.scrollY) >= 1) {
            scrollQuietly(y);
            settling.scrollY = window.scrollY;
        }
    }

    function onClick(event) {
        let node = event.target;
        let offset = 0;
        // The innermost nested block with a line of its own, then its top-level block.
        for (let n = node; n && n !== article(); n = n.parentNode) {
            if (n.nodeType === Node.ELEMENT_NODE && n.hasAttribute('data-mh-line')) {
                offset = parseInt(n.getAttribute('data-mh-line'), 10) || 0;
                break;
            }
        }
        while (node && node.parentNode !== article() && !chunkOf(node))
            node = node.parentNode;
        if (!node)
            return;
        for (let i = 0; i < blocks.length; ++i) {
            if (!isAsleep(blocks[i]) && blocks[i].indexOf(node) >= 0) {
                bridge.clicked(lines[i][0] + offset);
                return;
            }
        }
    }

    // A link to an id in the page (a footnote, a heading) whose block is asleep: its chunk wakes
    // before the browser looks for the id.
    function wakeLinkTarget(event) {
        const link = event.target && event.target.closest ? event.target.closest('a[href^="#"]') : null;
        if (!link || !article().classList.contains('mh-long'))
            return;
        let id = link.getAttribute('href').slice(1);
        try {
            id = decodeURIComponent(id);
        } catch (e) {
            // as written
        }
        if (!id || document.getElementById(id))
            return;
        const quoted = '"' + id.replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '"';
        for (const entry of blocks) {
            if (isAsleep(entry) && (entry.html.includes('id=' + quoted) || entry.html.includes('name=' + quoted))) {
                wake(entry.chunk);
                return;
            }
        }
    }

    // A selection over asleep chunks (Select All, a drag down the page) takes in their text.
    function onSelectionChange() {
        const selection = document.getSelection();
        const container = article();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !container.classList.contains('mh-long'))
            return;
        const range = selection.getRangeAt(0);
        for (const chunk of Array.from(container.children)) {
            if (chunk.mhAsleep && range.intersectsNode(chunk))
                wake(chunk);
        }
    }

    function connect() {
        new QWebChannel(qt.webChannelTransport, function (channel) {
            bridge = channel.objects.bridge;
            bridge.patchRequested.connect(patch);
            bridge.titleCardChanged.connect(function (html) {
                document.getElementById('mh-card').innerHTML = html;
            });
            bridge.scrollRequested.connect(scrollToLine);
            bridge.revealRequested.connect(revealLine);
            bridge.darkChanged.connect(function (dark) {
                document.documentElement.className = dark ? 'mh-dark' : 'mh-light';
            });
            window.addEventListener('scroll', onScroll, { passive: true });
            document.addEventListener('click', onClick, true);
            document.addEventListener('click', wakeLinkTarget, true);
            document.addEventListener('selectionchange', onSelectionChange);
            new ResizeObserver(onArticleResized).observe(article());
            window.mastheadPreview = { blocks: function () { return blocks.length; }, lineAtTop: lineAtTop };
            bridge.ready();
        });
    }

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', connect);
    else
        connect();
})();
