import { render } from 'preact';
import { App } from './App';
import './style.css';
import { markPopup } from '../../lib/popup/marks';

markPopup('script');

render(<App />, document.getElementById('app')!);
