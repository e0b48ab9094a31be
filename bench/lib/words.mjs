// Words for generated articles and tickets, most common first. Generated text picks word r with
// probability about 1/r (log-uniform rank), so the first word is in nearly every article and the
// last ones in a small share of them. RARE_WORD is placed in about five articles whatever their number.

/** Helpdesk vocabulary, ranked: index 0 is the most common. */
export const WORDS = [
  ...new Set(
    `
account password settings email order invoice payment login team product update error support billing
device report access customer reset delivery refund shipping subscription plan user data export import
message notification phone address profile security browser connection network server sync backup file
folder upload download integration dashboard admin permission role workspace project task calendar
schedule reminder license trial upgrade downgrade cancel renew discount coupon receipt tax currency
language timezone mobile desktop tablet screen display button menu window page link search filter sort
chart graph widget theme logo color font layout template document attachment image video audio camera
microphone speaker bluetooth wireless battery charger cable adapter keyboard mouse printer scanner monitor
router modem firewall proxy certificate domain hosting storage quota limit usage history activity audit
log session token authentication verification code identity single sign directory group member invite
remove delete archive restore recover migrate transfer merge duplicate split convert format encode decode
compress extract install uninstall configure enable disable activate deactivate suspend resume pause start
stop restart shutdown boot crash freeze slow timeout latency outage maintenance incident status warning
alert threshold metric monitor webhook api endpoint request response header payload parameter query field
column table record entry value property attribute label tag category collection library catalog inventory
warehouse supplier vendor partner reseller contract agreement policy privacy compliance regulation consent
cookie tracking analytics campaign newsletter audience segment contact lead deal pipeline forecast quote
estimate budget expense cost price charge fee credit debit balance statement transaction bank card wallet
checkout cart basket wishlist coupon voucher gift loyalty reward points tier membership premium enterprise
starter professional business personal family student education nonprofit government healthcare retail
hospitality manufacturing logistics transport travel booking reservation ticket seat venue event webinar
meeting conference room desk office remote hybrid onboarding training tutorial guide manual handbook
glossary faq troubleshooting diagnostic checklist walkthrough overview introduction advanced beginner
skates magnet portable hole rocket anvil catapult tornado seeds explosive glue paint spring trampoline
`
      .trim()
      .split(/\s+/),
  ),
];

/** A word (not a stop word, not in WORDS) that only about five articles contain. */
export const RARE_WORD = 'kerberos';

/** First and last names for contacts and agents. */
export const FIRST_NAMES =
  'Ada Alan Grace Linus Margaret Dennis Barbara Ken Frances Edsger Radia Donald Hedy Tim Katherine John Mary Claude Anita Niklaus'.split(
    ' ',
  );
export const LAST_NAMES =
  'Lovelace Turing Hopper Torvalds Hamilton Ritchie Liskov Thompson Allen Dijkstra Perlman Knuth Lamarr Berners Johnson Backus Shaw Shannon Borg Wirth'.split(
    ' ',
  );
