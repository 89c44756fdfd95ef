import { Popup } from '../../components/Popup';
import { browserClient } from '../../lib/popup/client';

export function App() {
  return <Popup client={browserClient} />;
}
