import type { Lang } from '../../lang';

export const SHARE_STRINGS: Record<
  Lang,
  {
    share: string;
    link: string;
    copy: string;
    copied: string;
    copyFailed: string;
    forStudents: string;
    forStudentsHelp: string;
    lockStates: { free: string; locked: string; hidden: string };
    embed: string;
    embedHelp: string;
    phone: string;
    phoneHide: string;
    qrLabel: string;
    qrCaption: string;
  }
> = {
  en: {
    share: 'Share and export',
    link: 'Link to this figure as it is set now',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'The browser did not allow copying; select the text and copy it yourself.',
    forStudents: 'For students: what may they change?',
    forStudentsHelp:
      'A locked control is shown but fixed; a hidden one is not shown. The link and the QR code carry the choice.',
    lockStates: { free: 'free', locked: 'locked', hidden: 'hidden' },
    embed: 'Embed in a course page (iframe)',
    embedHelp: 'Paste this into a web page or slide; it shows this figure alone, set as above.',
    phone: 'Open on your phone',
    phoneHide: 'Hide the QR code',
    qrLabel: 'QR code of the link to this figure as it is set now',
    qrCaption: 'Scan to continue this experiment on your phone, set as on the screen.',
  },
  zh: {
    share: '分享与导出',
    link: '指向本图当前设置的链接',
    copy: '复制',
    copied: '已复制。',
    copyFailed: '浏览器不允许复制；请选中文字后自行复制。',
    forStudents: '给学生：允许他们改动哪些控件？',
    forStudentsHelp: '“锁定”的控件会显示但不能改动；“隐藏”的控件不显示。链接和二维码都带有这一设置。',
    lockStates: { free: '可改', locked: '锁定', hidden: '隐藏' },
    embed: '嵌入课程网页（iframe）',
    embedHelp: '把这段代码粘贴到网页或幻灯片中，只显示本图，设置同上。',
    phone: '在手机上打开',
    phoneHide: '隐藏二维码',
    qrLabel: '指向本图当前设置的链接的二维码',
    qrCaption: '扫码即可在手机上接着做这个实验，设置与屏幕上相同。',
  },
};
