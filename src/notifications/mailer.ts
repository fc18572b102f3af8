import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

/** E-mail over SMTP (SPEC §4: reminders "in-app, and e-mail over SMTP when configured"). */
export interface Mail {
  to: string[];
  subject: string;
  text: string;
}
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** A mailer for the configured SMTP server, or null when none is configured. */
export function createMailer(smtp: Config['smtp']): Mailer | null {
  if (!smtp) return null;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
  });
  return {
    async send(mail) {
      if (mail.to.length === 0) return;
      await transport.sendMail({
        from: smtp.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        textEncoding: 'base64',
      });
    },
  };
}
