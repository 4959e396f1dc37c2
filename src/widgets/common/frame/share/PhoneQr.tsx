import { useStrings } from '../../lang';
import { QrCode } from './QrCode';
import { SHARE_STRINGS } from './shareStrings';

/**
 * The large QR code shown on the projector (and in the deck) so that students continue the same experiment on their
 * phones: the link follows the figure, so moving a slider changes the code.
 */
export function PhoneQr(props: { link: string }) {
  const t = useStrings(SHARE_STRINGS);
  return (
    <section className="widget__phone" aria-label={t.phone}>
      <QrCode className="widget__phone-code" text={props.link} label={t.qrLabel} />
      <div className="widget__phone-text">
        <p>{t.qrCaption}</p>
        <p className="widget__phone-link">{props.link}</p>
      </div>
    </section>
  );
}
