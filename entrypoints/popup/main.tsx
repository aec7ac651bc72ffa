import { render } from 'preact';
import { App } from './App';
import '../../components/card.css';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
