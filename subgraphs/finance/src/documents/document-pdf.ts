import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { PrintableDocument } from './document-queries';

const MARGIN = 50;
/** Each column of the lines table: where it starts and how wide it is (A4 is 595 points wide). */
const COLUMNS = { description: [MARGIN, 240], quantity: [300, 40], unitPrice: [345, 70], taxRate: [420, 45], amount: [470, 75] } as const;
const RIGHT = 545;

/**
 * Renders a document as an A4 PDF (pdfkit, its built-in Helvetica): the issuing workspace (name,
 * address, tax id), title and number, facts (dates, status, customer), the lines and the totals, every
 * figure exactly as the API gave it; an unpaid invoice with an open provider request also gets its
 * payment link and QR code.
 */
export async function renderPdf(doc: PrintableDocument): Promise<Buffer> {
  const qr = doc.payOnline ? await QRCode.toBuffer(doc.payOnline.qrPayload, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 }) : null;
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `${doc.title} ${doc.number}`, Author: doc.issuer.name, Creator: 'Prometric ERP' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('Helvetica-Bold').fontSize(14).text(doc.issuer.name);
  pdf.font('Helvetica').fontSize(9);
  if (doc.issuer.address) pdf.text(doc.issuer.address);
  if (doc.issuer.taxId) pdf.text(`Tax id: ${doc.issuer.taxId}`);
  pdf.moveDown(1.5);
  pdf.font('Helvetica-Bold').fontSize(18).text(`${doc.title} ${doc.number}`);
  pdf.moveDown(0.5);
  pdf.font('Helvetica').fontSize(10);
  for (const [label, value] of doc.facts) pdf.text(`${label}: ${value}`);
  pdf.moveDown(1);

  const row = (cells: Partial<Record<keyof typeof COLUMNS, string>>, bold = false) => {
    const y = pdf.y;
    let bottom = y;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    for (const [key, [x, width]] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, readonly [number, number]][]) {
      if (cells[key] === undefined) continue;
      pdf.text(cells[key]!, x, y, { width, align: key === 'description' ? 'left' : 'right' });
      bottom = Math.max(bottom, pdf.y);
    }
    pdf.x = MARGIN;
    pdf.y = bottom + 4;
  };
  row({ description: 'Item', quantity: 'Qty', unitPrice: 'Unit price', taxRate: 'Tax', amount: `Amount (${doc.currency})` }, true);
  for (const line of doc.lines) {
    row({ description: line.description, quantity: line.quantity === null ? '' : String(line.quantity), unitPrice: line.unitPrice, taxRate: line.taxRate, amount: line.amount });
  }
  pdf.moveDown(1);
  doc.totals.forEach(([label, amount], i) => {
    const last = i === doc.totals.length - 1;
    const y = pdf.y;
    pdf.font(last ? 'Helvetica-Bold' : 'Helvetica').fontSize(last ? 11 : 10);
    pdf.text(label, 330, y, { width: 110 });
    pdf.text(`${amount} ${doc.currency}`, 440, y, { width: RIGHT - 440, align: 'right' });
    pdf.x = MARGIN;
  });
  if (doc.payOnline && qr) {
    pdf.moveDown(2);
    const y = pdf.y;
    pdf.image(qr, MARGIN, y, { fit: [96, 96] });
    pdf.font('Helvetica-Bold').fontSize(10).text('Pay online', MARGIN + 110, y);
    pdf.font('Helvetica').fontSize(9).text(`Scan the code or open ${doc.payOnline.url}`, MARGIN + 110, pdf.y, { width: RIGHT - MARGIN - 110, link: doc.payOnline.url });
    pdf.text(`Valid until ${doc.payOnline.until}`, MARGIN + 110);
    pdf.x = MARGIN;
    pdf.y = Math.max(pdf.y, y + 100);
  }
  if (doc.note) {
    pdf.moveDown(2);
    pdf.font('Helvetica').fontSize(9).text(doc.note, MARGIN);
  }
  pdf.end();
  return done;
}
