import { render } from 'preact';
import { App } from './App';
import { loadPopupData, type PopupData } from './data';
import '../../components/card.css';
import './popup.css';

// The reads start before anything renders, and the first render waits a moment for them: the list is then the
// first thing drawn, with no "Loading…" frame before it (Preact runs effects only after a frame is painted).
// Storage that answers slowly still gets the loading state after WAIT_MS.
const WAIT_MS = 50;
const root = document.getElementById('app');
const pending = loadPopupData();
let rendered = false;
const show = (initial: PopupData | null) => {
  if (rendered || !root) return;
  rendered = true;
  render(<App pending={pending} initial={initial} />, root);
};
const timer = setTimeout(() => show(null), WAIT_MS);
pending.then(
  (data) => {
    clearTimeout(timer);
    show(data);
  },
  () => {
    // App shows the error from the same promise.
    clearTimeout(timer);
    show(null);
  },
);
