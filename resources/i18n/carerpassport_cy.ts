<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/accessible.py" line="+48"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Close</source>
        <extracomment>The standard Close button (Qt has no Welsh of its own); no underlined letter, as Qt&apos;s has none here.</extracomment>
        <translation type="unfinished">Cau</translation>
    </message>
</context>
<context>
    <name>CarerFirstSteps</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/first_steps.py" line="+21"/>
        <source>Your first steps</source>
        <translation type="unfinished">Eich camau cyntaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write your answers</source>
        <extracomment>(what to do, where): one line each; the menu paths are the ones the window shows (translated when shown).</extracomment>
        <translation type="unfinished">Ysgrifennwch eich atebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guidance beside each question helps</source>
        <translation type="unfinished">mae&apos;r canllawiau wrth ymyl pob cwestiwn yn helpu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to share</source>
        <extracomment>&quot;Shared on export&quot; is the tag on each answer of the Passport page: use the same words as there.</extracomment>
        <translation type="unfinished">Dewiswch beth i&apos;w rannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark “Shared on export” on the answers your manager should see</source>
        <translation type="unfinished">marciwch “Wedi&apos;i rannu wrth allforio” ar yr atebion y dylai eich rheolwr eu gweld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a signed copy for your manager (Ctrl+E)</source>
        <extracomment>&quot;File › Export for my manager…&quot; is the menu path: the same words as the menu.</extracomment>
        <translation type="unfinished">Allforiwch gopi wedi&apos;i lofnodi ar gyfer eich rheolwr (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File › Export for my manager…</source>
        <translation type="unfinished">Ffeil › Allforio ar gyfer fy rheolwr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the copy they countersign (Ctrl+I)</source>
        <translation type="unfinished">Mewnforiwch y copi y maen nhw&apos;n ei gydlofnodi (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File › Import countersigned copy…</source>
        <translation type="unfinished">Ffeil › Mewnforio copi wedi&apos;i gydlofnodi…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Hide these steps</source>
        <extracomment>The employee hid the steps (the page shows its status line in their place).</extracomment>
        <translation type="unfinished">Cuddio&apos;r camau hyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop showing your first steps on this page.</source>
        <translation type="unfinished">Peidio â dangos eich camau cyntaf ar y dudalen hon.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>step {number}: {what} ({where}), done</source>
        <extracomment>For screen readers: {number} is the step&apos;s number, {what} what to do, {where} where to find it.</extracomment>
        <translation type="unfinished">cam {number}: {what} ({where}), wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step {number}: {what} ({where})</source>
        <translation type="unfinished">cam {number}: {what} ({where})</translation>
    </message>
</context>
<context>
    <name>ChangeManagerDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/change_manager_dialog.py" line="+60"/>
        <source>A new line manager</source>
        <extracomment>The purpose the sharing log records for the export (data, in English like the log&apos;s other entries). Asks before a share the sharing agreement does not allow (replaced in tests).</extracomment>
        <translation type="unfinished">Rheolwr llinell newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record your new line manager and choose what they see.</source>
        <translation type="unfinished">Cofnodwch eich rheolwr llinell newydd a dewiswch beth maen nhw&apos;n ei weld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier arrangements need to be agreed again</source>
        <translation type="unfinished">Mae angen cytuno ar drefniadau cynharach eto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New line manager&apos;s name</source>
        <translation type="unfinished">Enw&apos;r rheolwr llinell newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required.</source>
        <translation type="unfinished">Gofynnol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New line manager&apos;s contact</source>
        <translation type="unfinished">Manylion cyswllt y rheolwr llinell newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: an email address or phone number.</source>
        <translation type="unfinished">Dewisol: cyfeiriad e-bost neu rif ffôn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact (optional):</source>
        <translation type="unfinished">&amp;Cyswllt (dewisol):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export for the new manager now</source>
        <translation type="unfinished">Allforio ar gyfer y rheolwr newydd nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick to record the new manager and export later.</source>
        <translation type="unfinished">Dad-diciwch i gofnodi&apos;r rheolwr newydd ac allforio&apos;n nes ymlaen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export a signed PDF of the chosen answers for them now</source>
        <translation type="unfinished">&amp;Allforio PDF wedi&apos;i lofnodi o&apos;r atebion a ddewiswyd ar eu cyfer nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Pori…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a file chooser.</source>
        <translation type="unfinished">Yn agor dewisydd ffeiliau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Where to save the PDF</source>
        <translation type="unfinished">Ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Record new manager</source>
        <translation type="unfinished">C&amp;ofnodi rheolwr newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record new manager</source>
        <translation type="unfinished">Cofnodi rheolwr newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new manager and, if chosen, export the PDF.</source>
        <translation type="unfinished">Cadw&apos;r rheolwr newydd ac, os dewiswyd hynny, allforio&apos;r PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What may your new manager see?</source>
        <translation type="unfinished">Beth gaiff eich rheolwr newydd ei weld?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is shared until you tick it, whatever your previous manager saw. Your usual share choices stay as they are.</source>
        <translation type="unfinished">Does dim yn cael ei rannu nes i chi ei dicio, beth bynnag a welodd eich rheolwr blaenorol. Mae eich dewisiadau rhannu arferol yn aros fel y maen nhw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers you could share</source>
        <translation type="unfinished">Atebion y gallech eu rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each answer your new manager may see.</source>
        <translation type="unfinished">Ticiwch bob ateb y caiff eich rheolwr newydd ei weld.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label} (private)</source>
        <extracomment>{label} is a question of the passport.</extracomment>
        <translation type="unfinished">{label} (preifat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share: {label}</source>
        <translation type="unfinished">Rhannu: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to include this answer in the PDF for your new manager.</source>
        <translation type="unfinished">Ticiwch i gynnwys yr ateb hwn yn y PDF ar gyfer eich rheolwr newydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed actions (the ones you marked as shared)</source>
        <translation type="unfinished">Camau y cytunwyd arnynt (y rhai a farciwyd gennych i&apos;w rhannu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share: agreed actions</source>
        <translation type="unfinished">Rhannu: camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you agreed with your previous manager, for your new manager to see. It does not mean they agree to continue it.</source>
        <translation type="unfinished">Yr hyn y cytunoch arno gyda&apos;ch rheolwr blaenorol, i&apos;ch rheolwr newydd ei weld. Nid yw&apos;n golygu eu bod yn cytuno i&apos;w barhau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have not answered any questions yet.</source>
        <translation type="unfinished">Nid ydych wedi ateb unrhyw gwestiynau eto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the PDF for your new manager</source>
        <translation type="unfinished">Cadw&apos;r PDF ar gyfer eich rheolwr newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose where to save the PDF, or untick “Export … now”.</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r PDF, neu dad-diciwch “Allforio … nawr”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed: your sharing agreement does not allow a new manager to have your passport and you did not confirm it. Your log records that.</source>
        <translation type="unfinished">Ni newidiwyd dim: nid yw eich cytundeb rhannu yn caniatáu i reolwr newydd gael eich pasbort ac ni wnaethoch chi gadarnhau hynny. Mae eich log yn cofnodi hynny.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signing the PDF…</source>
        <translation type="unfinished">Yn llofnodi&apos;r PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your new manager is recorded, but the PDF was not saved: {reason} Fix it and press the button again to export.</source>
        <extracomment>{reason} says why the PDF was not saved.</extracomment>
        <translation type="unfinished">Mae eich rheolwr newydd wedi&apos;i gofnodi, ond ni chadwyd y PDF: {reason} Cywirwch hynny a phwyswch y botwm eto i allforio.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/checklist_dialog.py" line="+34"/>
        <source>Save your checklist</source>
        <translation type="unfinished">Cadw eich rhestr wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checklist could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw&apos;r rhestr wirio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare for a conversation</source>
        <translation type="unfinished">Paratoi ar gyfer sgwrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation checklist</source>
        <translation type="unfinished">Rhestr wirio baratoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to think about before you meet your manager.</source>
        <translation type="unfinished">Cwestiynau i feddwl amdanynt cyn i chi gwrdd â&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{private} It may show answers you keep private.</source>
        <extracomment>{private} is the checklist&apos;s own heading line saying it is private (from the checklist&apos;s text).</extracomment>
        <translation type="unfinished">{private} Gall ddangos atebion rydych chi&apos;n eu cadw&apos;n breifat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checklist</source>
        <translation type="unfinished">Y rhestr wirio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the checklist as a PDF</source>
        <translation type="unfinished">Cadw&apos;r rhestr wirio fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printable copy, for you only.</source>
        <translation type="unfinished">Copi i&apos;w argraffu, i chi yn unig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to {path}. Print it for yourself; it is not for your manager.</source>
        <extracomment>{path} is the file&apos;s full name.</extracomment>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}. Argraffwch ef i chi&apos;ch hun; nid yw ar gyfer eich rheolwr.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../carerpassport/ui/dates.py" line="+27"/>
        <source>{date} at {time}</source>
        <extracomment>For QDateEdit.setDisplayFormat: the same shape as :func:`readable`. A moment: {date} is a date (&quot;1 December 2026&quot;), {time} the time on a 24-hour clock (&quot;14:05&quot;).</extracomment>
        <translation type="unfinished">{date} am {time}</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/due_banner.py" line="+32"/>
        <source>overdue since {date}</source>
        <extracomment>{date} is a date, e.g. &quot;1 November 2026&quot;.</extracomment>
        <translation type="unfinished">yn hwyr ers {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation type="unfinished">yn ddyledus heddiw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due in 1 day ({date})</source>
        <translation type="unfinished">yn ddyledus ymhen 1 diwrnod ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due in {count} days ({date})</source>
        <translation type="unfinished">yn ddyledus ymhen {count} diwrnod ({date})</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <location line="+79"/>
        <source>Start a review</source>
        <translation type="unfinished">Dechrau adolygiad</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Go through your passport section by section and check it is still right.</source>
        <translation type="unfinished">Ewch drwy eich pasbort fesul adran a gwiriwch ei fod yn dal yn gywir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+71"/>
        <source>Reviews due</source>
        <translation type="unfinished">Adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+26"/>
        <source>You started a review and have not finished it yet.</source>
        <translation type="unfinished">Fe ddechreuoch adolygiad ac nid ydych wedi&apos;i orffen eto.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{what}: {when}</source>
        <extracomment>One item due: {what} is what is due (a question, an agreed action), {when} e.g. &quot;due today&quot;.</extracomment>
        <translation type="unfinished">{what}: {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to review your passport. {items}.</source>
        <extracomment>{items} lists what is due, separated by semicolons.</extracomment>
        <translation type="unfinished">Mae&apos;n amser adolygu eich pasbort. {items}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review is coming up. {items}.</source>
        <translation type="unfinished">Mae adolygiad ar y gorwel. {items}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time to review: {what}, {when}.</source>
        <extracomment>{what} is what is due (a question, an agreed action); {when} e.g. &quot;due in 5 days (…)&quot;.</extracomment>
        <translation type="unfinished">Amser adolygu: {what}, {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review is coming up: {what}, {when}.</source>
        <translation type="unfinished">Adolygiad ar y gorwel: {what}, {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your review is not finished.</source>
        <translation type="unfinished">Nid yw eich adolygiad wedi&apos;i orffen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time to review: {overdue} overdue since {date} and {soon} due soon.</source>
        <extracomment>{overdue} and {soon} are numbers of items; {date} the earliest date overdue.</extracomment>
        <translation type="unfinished">Amser adolygu: {overdue} yn hwyr ers {date} a {soon} yn ddyledus cyn bo hir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to review: {overdue} overdue since {date}.</source>
        <translation type="unfinished">Amser adolygu: {overdue} yn hwyr ers {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A review is coming up: {soon} due soon.</source>
        <translation type="unfinished">Adolygiad ar y gorwel: {soon} yn ddyledus cyn bo hir.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue the review</source>
        <translation type="unfinished">Parhau â&apos;r adolygiad</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/first_run.py" line="+57"/>
        <source>&lt;p&gt;A carer&apos;s passport records how caring for someone affects your work, and the support you and your line manager agree. It is &lt;b&gt;voluntary&lt;/b&gt; and it &lt;b&gt;belongs to you&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It stays on this computer.&lt;/b&gt; Everything you write is kept encrypted here. This app never sends anything anywhere. You decide what your manager sees, and you choose when to give them a copy.&lt;/p&gt;</source>
        <extracomment>The first-run welcome, for a carer keeping their own passport. Rich text: keep the &lt;p&gt; and &lt;b&gt; tags.</extracomment>
        <translation type="unfinished">&lt;p&gt;Mae pasbort gofalwyr yn cofnodi sut mae gofalu am rywun yn effeithio ar eich gwaith, a&apos;r cymorth rydych chi a&apos;ch rheolwr llinell yn cytuno arno. Mae&apos;n &lt;b&gt;wirfoddol&lt;/b&gt; ac mae&apos;n &lt;b&gt;perthyn i chi&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mae&apos;n aros ar y cyfrifiadur hwn.&lt;/b&gt; Mae popeth rydych chi&apos;n ei ysgrifennu yn cael ei gadw wedi&apos;i amgryptio yma. Nid yw&apos;r ap hwn byth yn anfon dim i unman. Chi sy&apos;n penderfynu beth mae eich rheolwr yn ei weld, a chi sy&apos;n dewis pryd i roi copi iddo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;You also hold the passports your team shares with you: they have their own page, and they never mix with your own.&lt;/p&gt;</source>
        <extracomment>Added after the carer&apos;s welcome for someone who is both a carer and a manager.</extracomment>
        <translation type="unfinished">&lt;p&gt;Rydych chi hefyd yn cadw&apos;r pasbortau y mae eich tîm yn eu rhannu â chi: mae ganddyn nhw eu tudalen eu hunain, a dydyn nhw byth yn cymysgu â&apos;ch pasbort chi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;As a line manager you receive carer&apos;s passports from your team: each one is &lt;b&gt;the employee&apos;s&lt;/b&gt;, shared with you by their choice. Here you can read it, check who signed it, add your comment and countersign it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep it where only you can open it.&lt;/b&gt; The copies you hold stay encrypted on this computer; this app never sends anything anywhere. Delete your copy when the employee withdraws consent or moves on.&lt;/p&gt;</source>
        <extracomment>The first-run welcome for someone here only as a line manager, receiving their team&apos;s passports.</extracomment>
        <translation type="unfinished">&lt;p&gt;Fel rheolwr llinell, rydych chi&apos;n cael pasbortau gofalwyr gan eich tîm: mae pob un yn &lt;b&gt;eiddo i&apos;r cyflogai&lt;/b&gt;, ac wedi&apos;i rannu â chi o&apos;i ddewis ei hun. Yma gallwch ei ddarllen, gwirio pwy a&apos;i llofnododd, ychwanegu eich sylw a&apos;i gydlofnodi.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cadwch ef lle mai dim ond chi all ei agor.&lt;/b&gt; Mae&apos;r copïau rydych chi&apos;n eu cadw yn aros wedi&apos;u hamgryptio ar y cyfrifiadur hwn; nid yw&apos;r ap hwn byth yn anfon dim i unman. Dilëwch eich copi pan fydd y cyflogai yn tynnu ei gydsyniad yn ôl neu&apos;n symud ymlaen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome: passports from your team</source>
        <extracomment>Heading of the first-run welcome for a line manager.</extracomment>
        <translation type="unfinished">Croeso: pasbortau gan eich tîm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to your Carer&apos;s Passport</source>
        <extracomment>Heading of the first-run welcome. &quot;Carer&apos;s Passport&quot; is the app&apos;s name.</extracomment>
        <translation type="unfinished">Croeso i&apos;ch Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Checking whether this computer has a keyring…&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Wrthi&apos;n gwirio a oes gan y cyfrifiadur hwn gylch allweddi…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer has a keyring&lt;/b&gt; (the place your computer keeps passwords safe). Your passport&apos;s key is kept there, so it opens without typing anything while you are logged in to this computer.&lt;/p&gt;</source>
        <extracomment>&quot;Keyring&quot;: the operating system&apos;s password store (GNOME Keyring, Windows Credential Manager, Keychain).</extracomment>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Mae gan y cyfrifiadur hwn gylch allweddi&lt;/b&gt; (y man lle mae eich cyfrifiadur yn cadw cyfrineiriau&apos;n ddiogel). Mae allwedd eich pasbort yn cael ei chadw yno, felly mae&apos;n agor heb i chi deipio dim tra byddwch wedi mewngofnodi i&apos;r cyfrifiadur hwn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;This computer has no keyring this app can use&lt;/b&gt;, so the passport cannot open by itself. Choose a passphrase: you will type it each time you open your passport.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Nid oes gan y cyfrifiadur hwn gylch allweddi y gall yr ap hwn ei ddefnyddio&lt;/b&gt;, felly ni all y pasbort agor ar ei ben ei hun. Dewiswch gyfrinymadrodd: byddwch yn ei deipio bob tro y byddwch yn agor eich pasbort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Welcome — Carer&apos;s Passport</source>
        <translation type="unfinished">Croeso — Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Set up your Carer&apos;s Passport</source>
        <translation type="unfinished">Sefydlu eich Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Three short steps: your names, how your passport is locked, and your recovery code.</source>
        <translation type="unfinished">Tri cham byr: eich enwau, sut mae eich pasbort wedi&apos;i gloi, a&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>About the passport</source>
        <translation type="unfinished">Ynglŷn â&apos;r pasbort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Your name as it should appear on the passport.</source>
        <translation type="unfinished">Eich enw fel y dylai ymddangos ar y pasbort.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Your line manager&apos;s name</source>
        <translation type="unfinished">Enw eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. You can add or change it later.</source>
        <translation type="unfinished">Dewisol. Gallwch ei ychwanegu neu ei newid yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <extracomment>Shown inside the empty line manager field: keep it short, the field is narrow at large text sizes.</extracomment>
        <translation type="unfinished">dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name</source>
        <translation type="unfinished">Eich &amp;enw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your line &amp;manager</source>
        <translation type="unfinished">Eich &amp;rheolwr llinell</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Who is using this?</source>
        <translation type="unfinished">Pwy sy&apos;n defnyddio hwn?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your own passport, passports from your team as a manager, or both. You can change this later in Settings.</source>
        <translation type="unfinished">Eich pasbort eich hun, pasbortau gan eich tîm fel rheolwr, neu&apos;r ddau. Gallwch newid hyn yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Who is using this?&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Pwy sy&apos;n defnyddio hwn?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;For my own passport (I am a carer)</source>
        <extracomment>The three answers to &quot;Who is using this?&quot;; each needs its own underlined (&amp;) letter.</extracomment>
        <translation type="unfinished">&amp;Ar gyfer fy mhasbort fy hun (rwy&apos;n ofalwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a manager &amp;who receives passports from my team</source>
        <translation type="unfinished">Fel rheolwr sy&apos;n &amp;cael pasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot&amp;h: my own passport, and passports from my team</source>
        <translation type="unfinished">&amp;Y ddau: fy mhasbort fy hun, a phasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can change this later in Settings.</source>
        <translation type="unfinished">Gallwch newid hyn yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+30"/>
        <source>How your passport is locked</source>
        <translation type="unfinished">Sut mae eich pasbort wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>How the passports you hold are locked</source>
        <translation type="unfinished">Sut mae&apos;r pasbortau rydych chi&apos;n eu cadw wedi&apos;u cloi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name as it appears when you countersign.</source>
        <translation type="unfinished">Eich enw fel y mae&apos;n ymddangos pan fyddwch yn cydlofnodi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moving to a new computer? If you made a backup of your passport, bring it back instead.</source>
        <translation type="unfinished">Symud i gyfrifiadur newydd? Os gwnaethoch gopi wrth gefn o&apos;ch pasbort, adferwch hwnnw yn lle hynny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished">Adfer o gopi &amp;wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation type="unfinished">Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back a passport you backed up before, instead of starting a new one.</source>
        <translation type="unfinished">Adfer pasbort y gwnaethoch gopi wrth gefn ohono o&apos;r blaen, yn lle dechrau un newydd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About the keyring</source>
        <translation type="unfinished">Ynglŷn â&apos;r cylch allweddi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next you get a &lt;b&gt;recovery code&lt;/b&gt;: keep it safe, it opens your passport if all else fails.</source>
        <translation type="unfinished">Nesaf, byddwch yn cael &lt;b&gt;cod adfer&lt;/b&gt;: cadwch ef yn ddiogel, mae&apos;n agor eich pasbort os bydd popeth arall yn methu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating your passport and its keys… this takes a few seconds.</source>
        <translation type="unfinished">Wrthi&apos;n creu eich pasbort a&apos;i allweddi… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating your passport</source>
        <translation type="unfinished">Wrthi&apos;n creu eich pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy: making the encryption keys.</source>
        <translation type="unfinished">Yn brysur: yn creu&apos;r allweddi amgryptio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep your recovery code</source>
        <translation type="unfinished">Cadwch eich cod adfer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">D&amp;iddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel setting up</source>
        <translation type="unfinished">Diddymu&apos;r sefydlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without creating a passport.</source>
        <translation type="unfinished">Cau heb greu pasbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the previous step.</source>
        <translation type="unfinished">Mynd yn ôl i&apos;r cam blaenorol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Nesaf</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Next step</source>
        <translation type="unfinished">Y cam nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to the next step.</source>
        <translation type="unfinished">Mynd ymlaen i&apos;r cam nesaf.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A passphrase is &lt;b&gt;optional&lt;/b&gt;. Add one if you want another way in besides the recovery code, for example on a new computer.</source>
        <translation type="unfinished">Mae cyfrinymadrodd yn &lt;b&gt;ddewisol&lt;/b&gt;. Ychwanegwch un os ydych chi eisiau ffordd arall i mewn heblaw&apos;r cod adfer, er enghraifft ar gyfrifiadur newydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a passphrase (at least 8 characters; three or four ordinary words are easy to remember and hard to guess).</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd (o leiaf 8 nod; mae tri neu bedwar gair cyffredin yn hawdd eu cofio ac yn anodd eu dyfalu).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;kip this step…</source>
        <translation type="unfinished">&amp;Hepgor y cam hwn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip keeping the recovery code</source>
        <translation type="unfinished">Hepgor cadw&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your passport without checking you kept the code (not recommended: you will not see it again).</source>
        <translation type="unfinished">Agor eich pasbort heb wirio eich bod wedi cadw&apos;r cod (ni argymhellir hyn: ni fyddwch yn ei weld eto).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create my passport</source>
        <translation type="unfinished">C&amp;reu fy mhasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set it up</source>
        <translation type="unfinished">&amp;Sefydlu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;Dechrau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open your new passport.</source>
        <translation type="unfinished">Agor eich pasbort newydd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available once you have typed the group back.</source>
        <translation type="unfinished">Ar gael ar ôl i chi deipio&apos;r grŵp yn ôl.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your passport was not created. {reason}</source>
        <extracomment>{reason} is a sentence saying why, from the part of the app that failed.</extracomment>
        <translation type="unfinished">Ni chafodd eich pasbort ei greu. {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Close without the recovery code?</source>
        <translation type="unfinished">Cau heb y cod adfer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see this recovery code again. Without it, a lost keyring or forgotten passphrase means losing your passport. You can make a new code later in Settings.

Close anyway?</source>
        <translation type="unfinished">Ni fyddwch yn gweld y cod adfer hwn eto. Hebddo, bydd colli&apos;r cylch allweddi neu anghofio&apos;r cyfrinymadrodd yn golygu colli eich pasbort. Gallwch greu cod newydd yn nes ymlaen yn y Gosodiadau.

Cau beth bynnag?</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/locked_page.py" line="+16"/>
        <source>Nothing from your passport is on the screen or in memory while it is locked.</source>
        <translation type="unfinished">Does dim o&apos;ch pasbort ar y sgrin nac yn y cof tra bydd wedi&apos;i gloi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No passport was created. Close the app, or set one up now.</source>
        <translation type="unfinished">Ni chafodd pasbort ei greu. Caewch yr ap, neu sefydlwch un nawr.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+27"/>
        <source>Your passport is locked</source>
        <translation type="unfinished">Mae eich pasbort wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished">&amp;Datgloi…</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Open your passport with your passphrase or recovery code.</source>
        <translation type="unfinished">Agor eich pasbort gyda&apos;ch cyfrinymadrodd neu&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No passport yet</source>
        <translation type="unfinished">Dim pasbort eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up…</source>
        <translation type="unfinished">&amp;Sefydlu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up</source>
        <translation type="unfinished">Sefydlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create your passport, or restore it from a backup.</source>
        <translation type="unfinished">Creu eich pasbort, neu ei adfer o gopi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carerpassport/ui/app.py" line="+115"/>
        <location filename="../../carerpassport/ui/main_window.py" line="+125"/>
        <location line="+1"/>
        <source>Carer&apos;s Passport</source>
        <extracomment>Set to report the moment of the first paint (``first_paint_epoch=…`` on stdout) and quit: benchmarks.
----------
After unlock, once the window has had this long to show the passport and make its cards, the other pages are built one per event-loop turn in the background, so choosing one later costs only its refresh and paint (building a page with its tables is 20-40 ms of the GUI thread).</extracomment>
        <translation type="unfinished">Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location filename="../../carerpassport/ui/main_window.py" line="-36"/>
        <source>Locked after a time with no use.</source>
        <translation type="unfinished">Wedi&apos;i gloi ar ôl cyfnod heb ei ddefnyddio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked because your screen locked.</source>
        <translation type="unfinished">Wedi&apos;i gloi oherwydd bod eich sgrin wedi cloi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring your passport from a backup…</source>
        <translation type="unfinished">Yn adfer eich pasbort o gopi wrth gefn…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your carer&apos;s passport: your answers, agreed actions and history.</source>
        <translation type="unfinished">Eich pasbort gofalwyr: eich atebion, y camau y cytunwyd arnynt a&apos;r hanes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+542"/>
        <source>Locked</source>
        <extracomment>Shown after an unlock that finished or rolled back an interrupted change of keys.</extracomment>
        <translation type="unfinished">Wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="-491"/>
        <source>Your passport could not be found or opened: {reason}</source>
        <extracomment>{reason} is a sentence saying why (a missing folder, a damaged file).</extracomment>
        <translation type="unfinished">Nid oedd modd dod o hyd i&apos;ch pasbort na&apos;i agor: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <extracomment>The menu bar&apos;s titles: each needs its own underlined (&amp;) letter.</extracomment>
        <translation type="unfinished">&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Gweld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation type="unfinished">&amp;Adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager</source>
        <translation type="unfinished">&amp;Rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">C&amp;ymorth</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sections of the app</source>
        <translation type="unfinished">Adrannau&apos;r ap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to show: your passport, agreed actions, history or sharing. Ctrl+1 to Ctrl+4 also switch.</source>
        <translation type="unfinished">Dewiswch beth i&apos;w ddangos: eich pasbort, camau y cytunwyd arnynt, hanes neu rannu. Mae Ctrl+1 i Ctrl+4 hefyd yn newid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current section</source>
        <translation type="unfinished">Yr adran bresennol</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose what to show: {sections}. Ctrl+1 to Ctrl+7 also switch.</source>
        <extracomment>{sections} lists the sections&apos; names, e.g. &quot;passport, agreed actions, history&quot;.</extracomment>
        <translation type="unfinished">Dewiswch beth i&apos;w ddangos: {sections}. Mae Ctrl+1 i Ctrl+7 hefyd yn newid.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Save state</source>
        <translation type="unfinished">Cyflwr cadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock state</source>
        <translation type="unfinished">Cyflwr cloi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation type="unfinished">Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{action} ({keys})</source>
        <extracomment>A button&apos;s tooltip: {action} is what it does, {keys} its keyboard shortcut, e.g. &quot;Ctrl+E&quot;.</extracomment>
        <translation type="unfinished">{action} ({keys})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock</source>
        <translation type="unfinished">&amp;Cloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now: hides everything until you unlock again.</source>
        <translation type="unfinished">Cloi nawr: yn cuddio popeth nes i chi ddatgloi eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished">Go&amp;sodiadau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase, recovery code, locking, colours and text size.</source>
        <translation type="unfinished">Cyfrinymadrodd, cod adfer, cloi, lliwiau a maint y testun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and close Carer&apos;s Passport.</source>
        <translation type="unfinished">Cadw a chau Pasbort Gofalwyr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A list of the keys that work everywhere.</source>
        <translation type="unfinished">Rhestr o&apos;r bysellau sy&apos;n gweithio ym mhobman.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Carer&apos;s Passport</source>
        <translation type="unfinished">&amp;Ynghylch Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Main</source>
        <translation type="unfinished">Prif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Prif far offer</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Saved</source>
        <translation type="unfinished">Wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A change of keys was interrupted</source>
        <translation type="unfinished">Torrwyd ar draws newid allweddi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{page} could not be loaded in this copy of the app. Reinstalling may help.</source>
        <extracomment>{page} is the page&apos;s name, e.g. &quot;History&quot;.</extracomment>
        <translation type="unfinished">Nid oedd modd llwytho {page} yn y copi hwn o&apos;r ap. Gallai ei ailosod helpu.</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+3"/>
        <source>Your last change could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw eich newid diwethaf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{reason} Your last change could not be saved and was not kept: {problem}</source>
        <extracomment>{reason} says why the passport locked (may be empty); {problem} why the change could not be saved.</extracomment>
        <translation type="unfinished">{reason} Nid oedd modd cadw eich newid diwethaf ac ni chafodd ei gadw: {problem}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Unlocked — never locks by itself (Ctrl+L locks now)</source>
        <translation type="unfinished">Wedi&apos;i ddatgloi — nid yw byth yn cloi ohono&apos;i hun (mae Ctrl+L yn cloi nawr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked — locks after 1 idle minute (Ctrl+L locks now)</source>
        <translation type="unfinished">Wedi&apos;i ddatgloi — yn cloi ar ôl 1 munud segur (mae Ctrl+L yn cloi nawr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked — locks after {count} idle minutes (Ctrl+L locks now)</source>
        <translation type="unfinished">Wedi&apos;i ddatgloi — yn cloi ar ôl {count} munud segur (mae Ctrl+L yn cloi nawr)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not open</source>
        <extracomment>{name} is the menu entry&apos;s text, e.g. &quot;Back up&quot;.</extracomment>
        <translation type="unfinished">Methu agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“{name}” could not be opened in this copy of the app. Reinstalling may help.</source>
        <translation type="unfinished">Nid oedd modd agor “{name}” yn y copi hwn o&apos;r ap. Gallai ei ailosod helpu.</translation>
    </message>
    <message>
        <location filename="../../carerpassport/ui/menu_specs.py" line="+84"/>
        <source>Passport</source>
        <extracomment>A manager&apos;s home: in the navigation (first, for someone here only as a manager) when the vault&apos;s role receives passports (see :class:`~carerpassport.domain.roles.Role`). Only for someone keeping a passport of their own (exporting it, reviewing it): hidden, with its shortcut, while the vault&apos;s role is a manager only (see :class:`~carerpassport.domain.roles.Role`).</extracomment>
        <translation type="unfinished">Pasbort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answers, section by section, with guidance beside each question.</source>
        <translation type="unfinished">Eich atebion, fesul adran, gyda chanllawiau wrth ymyl pob cwestiwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed actions</source>
        <translation type="unfinished">Camau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The support and flexibilities you and your manager agreed.</source>
        <translation type="unfinished">Y cymorth a&apos;r hyblygrwydd y cytunoch chi a&apos;ch rheolwr arnynt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation type="unfinished">Hanes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every saved version of your passport; look at or restore any of them.</source>
        <translation type="unfinished">Pob fersiwn o&apos;ch pasbort a gadwyd; edrychwch ar unrhyw un ohonynt neu ei adfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sharing</source>
        <translation type="unfinished">Rhannu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who you gave a copy to, and what they hold.</source>
        <translation type="unfinished">I bwy y rhoesoch gopi, a beth sydd ganddynt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+180"/>
        <source>Carer&apos;s leave</source>
        <translation type="unfinished">Absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Your week of carer&apos;s leave: plan it, see what is left, and the notice to give.</source>
        <translation type="unfinished">Eich wythnos o absenoldeb gofalwr: ei chynllunio, gweld beth sydd ar ôl, a&apos;r rhybudd i&apos;w roi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests</source>
        <translation type="unfinished">Ceisiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your statutory flexible-working requests: when each was sent, when the decision is due, what happened.</source>
        <translation type="unfinished">Eich ceisiadau gweithio hyblyg statudol: pryd yr anfonwyd pob un, pryd mae&apos;r penderfyniad yn ddyledus, beth ddigwyddodd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passports you hold</source>
        <translation type="unfinished">Pasbortau sydd gennych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passports your team gave you: read, countersign or delete them (manager mode).</source>
        <translation type="unfinished">Pasbortau a roddodd eich tîm i chi: eu darllen, eu cydlofnodi neu eu dileu (modd rheolwr).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export for my manager…</source>
        <translation type="unfinished">&amp;Allforio ar gyfer fy rheolwr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a signed PDF of what you chose to share.</source>
        <translation type="unfinished">Gwneud PDF wedi&apos;i lofnodi o&apos;r hyn a ddewisoch ei rannu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check a passport file…</source>
        <translation type="unfinished">Gwi&amp;rio ffeil pasbort…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check who signed a passport PDF and that nobody changed it.</source>
        <translation type="unfinished">Gwirio pwy lofnododd PDF pasbort ac nad oes neb wedi&apos;i newid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import countersigned copy…</source>
        <translation type="unfinished">&amp;Mewnforio copi wedi&apos;i gydlofnodi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back the copy your manager signed.</source>
        <translation type="unfinished">Dod â&apos;r copi a lofnododd eich rheolwr yn ôl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import my employer&apos;s &amp;form…</source>
        <translation type="unfinished">Mewnforio &amp;ffurflen fy nghyflogwr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use your employer&apos;s own passport form: their questions, policies and contacts.</source>
        <translation type="unfinished">Defnyddio ffurflen pasbort eich cyflogwr ei hun: eu cwestiynau, eu polisïau a&apos;u cysylltiadau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send &amp;encrypted copy…</source>
        <translation type="unfinished">A&amp;nfon copi wedi&apos;i amgryptio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make an encrypted file only the people you choose can open.</source>
        <translation type="unfinished">Gwneud ffeil wedi&apos;i hamgryptio na all neb ond y bobl a ddewiswch ei hagor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open encrypted copy…</source>
        <translation type="unfinished">Ag&amp;or copi wedi&apos;i amgryptio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check an encrypted passport file someone sent you, and import it.</source>
        <translation type="unfinished">Gwirio ffeil pasbort wedi&apos;i hamgryptio a anfonodd rhywun atoch, a&apos;i mewnforio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished">Copi &amp;wrth gefn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an encrypted copy of your whole passport, for example to a USB stick.</source>
        <translation type="unfinished">Cadw copi wedi&apos;i amgryptio o&apos;ch pasbort cyfan, er enghraifft ar gof bach USB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished">A&amp;dfer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back your passport from a backup.</source>
        <translation type="unfinished">Dod â&apos;ch pasbort yn ôl o gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Countersign a passport…</source>
        <translation type="unfinished">&amp;Cydlofnodi pasbort…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a manager: check a passport PDF from your team, add a comment and sign it.</source>
        <translation type="unfinished">Fel rheolwr: gwirio PDF pasbort gan eich tîm, ychwanegu sylw a&apos;i lofnodi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start a review…</source>
        <translation type="unfinished">&amp;Dechrau adolygiad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go through your passport section by section and check it is still right.</source>
        <translation type="unfinished">Ewch drwy eich pasbort fesul adran a gwiriwch ei fod yn dal yn gywir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;circumstances changed…</source>
        <translation type="unfinished">Mae fy &amp;amgylchiadau wedi newid…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a review now because your caring, health, role or manager changed.</source>
        <translation type="unfinished">Dechrau adolygiad nawr oherwydd bod eich gofalu, eich iechyd, eich rôl neu eich rheolwr wedi newid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange manager…</source>
        <translation type="unfinished">Newid &amp;rheolwr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving post or getting a new manager: choose what they see.</source>
        <translation type="unfinished">Symud swydd neu gael rheolwr newydd: dewiswch beth maen nhw&apos;n ei weld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preparation checklist…</source>
        <translation type="unfinished">Rhestr wirio &amp;baratoi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private checklist to prepare for a meeting with your manager.</source>
        <translation type="unfinished">Rhestr wirio breifat i baratoi ar gyfer cyfarfod gyda&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add review dates to my c&amp;alendar…</source>
        <translation type="unfinished">Ychwanegu dyddiadau adolygu at fy &amp;nghalendr…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save your review dates as a calendar file, with neutral titles only.</source>
        <translation type="unfinished">Cadw eich dyddiadau adolygu fel ffeil calendr, gyda theitlau niwtral yn unig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;identity…</source>
        <translation type="unfinished">Fy &amp;hunaniaeth…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your fingerprint to read aloud, and the public card others need to send you files.</source>
        <translation type="unfinished">Eich ôl bys i&apos;w ddarllen yn uchel, a&apos;r cerdyn cyhoeddus sydd ei angen ar eraill i anfon ffeiliau atoch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Flexible-working request…</source>
        <translation type="unfinished">Cais &amp;gweithio hyblyg…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft a statutory request to change your hours, times or place of work.</source>
        <translation type="unfinished">Drafftio cais statudol i newid eich oriau, eich amseroedd neu eich man gwaith.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock now</source>
        <extracomment>File-menu entries that start a new group (a separator above them). Shown by Help, Keyboard shortcuts: (keys, what they do).</extracomment>
        <translation type="unfinished">Cloi nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport, Agreed actions, History, Sharing</source>
        <translation type="unfinished">Pasbort, Camau y cytunwyd arnynt, Hanes, Rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passports you hold (manager mode)</source>
        <translation type="unfinished">Pasbortau sydd gennych (modd rheolwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for my manager</source>
        <translation type="unfinished">Allforio ar gyfer fy rheolwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flexible-working requests</source>
        <translation type="unfinished">Ceisiadau gweithio hyblyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import countersigned copy</source>
        <translation type="unfinished">Mewnforio copi wedi&apos;i gydlofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open encrypted copy</source>
        <translation type="unfinished">Agor copi wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a review</source>
        <translation type="unfinished">Dechrau adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo / redo typing</source>
        <translation type="unfinished">Dadwneud / ailwneud teipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between controls</source>
        <translation type="unfinished">Symud rhwng rheolyddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation type="unfinished">Y rhestr hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished">Gadael</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/passphrase_fields.py" line="+23"/>
        <source>Too short: use at least {count} characters. Three or four ordinary words work well.</source>
        <translation type="unfinished">Rhy fyr: defnyddiwch o leiaf {count} nod. Mae tri neu bedwar gair cyffredin yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weak: easy to guess. Add another word or two.</source>
        <translation type="unfinished">Gwan: hawdd ei ddyfalu. Ychwanegwch air neu ddau arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair. One more word would make it strong.</source>
        <translation type="unfinished">Gweddol. Byddai un gair arall yn ei wneud yn gryf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation type="unfinished">Cryf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {count} characters; a few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation type="unfinished">O leiaf {count} nod; mae ychydig o eiriau cyffredin yn olynol yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase again</source>
        <translation type="unfinished">Y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again, to catch typing mistakes.</source>
        <translation type="unfinished">Teipiwch yr un cyfrinymadrodd eto, i ddal camgymeriadau teipio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished">&amp;Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation type="unfinished">Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the passphrase as plain text while you type it.</source>
        <translation type="unfinished">Yn dangos y cyfrinymadrodd fel testun plaen wrth i chi ei deipio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation type="unfinished">Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;passphrase</source>
        <extracomment>The label of the first passphrase field (callers may name it &quot;New passphrase&quot;).</extracomment>
        <translation type="unfinished">&amp;Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again</source>
        <translation type="unfinished">&amp;Eto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation type="unfinished">Mae angen o leiaf {count} nod ar gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished">Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The second box does not match yet.</source>
        <translation type="unfinished">Nid yw&apos;r ail flwch yn cyfateb eto.</translation>
    </message>
</context>
<context>
    <name>PassportPagesDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/passport_pages_dialog.py" line="+35"/>
        <source>{title}: pages</source>
        <extracomment>The window&apos;s title: {title} is the passport&apos;s (e.g. &quot;Siân Jones&apos;s passport&quot;).</extracomment>
        <translation type="unfinished">{title}: tudalennau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pages of the passport PDF as the file draws them. The reader window says the same in words.</source>
        <translation type="unfinished">Tudalennau PDF y pasbort fel y mae&apos;r ffeil yn eu llunio. Mae ffenestr y darllenydd yn dweud yr un peth mewn geiriau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pages</source>
        <translation type="unfinished">Tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF&apos;s pages, one under the other.</source>
        <translation type="unfinished">Tudalennau&apos;r PDF, un o dan y llall.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pages status</source>
        <translation type="unfinished">Statws y tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the pages are drawn yet.</source>
        <translation type="unfinished">A yw&apos;r tudalennau wedi&apos;u llunio eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation type="unfinished">Yn llunio&apos;r tudalennau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the pages.</source>
        <translation type="unfinished">Cau&apos;r tudalennau.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page {number} of {count}</source>
        <translation type="unfinished">Tudalen {number} o {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture of the page; the reader says the same in words.</source>
        <translation type="unfinished">Llun o&apos;r dudalen; mae&apos;r darllenydd yn dweud yr un peth mewn geiriau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pages could not be drawn.</source>
        <translation type="unfinished">Nid oedd modd llunio&apos;r tudalennau.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeWidget</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/recovery_code.py" line="+41"/>
        <source>To show you have kept it, type the &lt;b&gt;second group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;ail grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show you have kept it, type the &lt;b&gt;third group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;trydydd grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show you have kept it, type the &lt;b&gt;fourth group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;pedwerydd grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show you have kept it, type the &lt;b&gt;fifth group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;pumed grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To show you have kept it, type the &lt;b&gt;sixth group&lt;/b&gt; of your code (five letters or digits):</source>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;chweched grŵp&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To show you have kept it, type &lt;b&gt;group {number}&lt;/b&gt; of your code (five letters or digits):</source>
        <extracomment>{number} is the group&apos;s number, counted from the left.</extracomment>
        <translation type="unfinished">I ddangos eich bod wedi&apos;i gadw, teipiwch &lt;b&gt;grŵp {number}&lt;/b&gt; eich cod (pum llythyren neu ddigid):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carer&apos;s Passport — recovery code</source>
        <translation type="unfinished">Pasbort Gofalwyr — cod adfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Created on {date}.&lt;/p&gt;&lt;p&gt;This code opens your passport if you forget your passphrase or move to a new computer. Keep it somewhere safe and private, away from the computer — for example with your important papers at home.&lt;/p&gt;&lt;p&gt;Anyone who has this code and a copy of your passport files can read your passport. If you make a new code in Settings, this one stops working.&lt;/p&gt;</source>
        <extracomment>{date} is the day the code was made, e.g. &quot;2 December 2026&quot;.</extracomment>
        <translation type="unfinished">&lt;p&gt;Crëwyd ar {date}.&lt;/p&gt;&lt;p&gt;Mae&apos;r cod hwn yn agor eich pasbort os byddwch yn anghofio eich cyfrinymadrodd neu&apos;n symud i gyfrifiadur newydd. Cadwch ef rywle diogel a phreifat, i ffwrdd o&apos;r cyfrifiadur — er enghraifft gyda&apos;ch papurau pwysig gartref.&lt;/p&gt;&lt;p&gt;Gall unrhyw un sydd â&apos;r cod hwn a chopi o ffeiliau eich pasbort ddarllen eich pasbort. Os byddwch yn gwneud cod newydd yn y Gosodiadau, bydd hwn yn peidio â gweithio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This is your &lt;b&gt;recovery code&lt;/b&gt;. It is the only way back into your passport if you forget your passphrase or your computer&apos;s keyring is lost. It is shown &lt;b&gt;only now&lt;/b&gt;.</source>
        <extracomment>Which group (1-based) the user must type back; never the first.</extracomment>
        <translation type="unfinished">Dyma eich &lt;b&gt;cod adfer&lt;/b&gt;. Dyma&apos;r unig ffordd yn ôl i mewn i&apos;ch pasbort os byddwch yn anghofio eich cyfrinymadrodd neu os collir cylch allweddi eich cyfrifiadur. Fe&apos;i dangosir &lt;b&gt;nawr yn unig&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery code</source>
        <translation type="unfinished">Cod adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recovery code, six groups of five letters and digits: {groups}</source>
        <extracomment>{groups} is the code itself, its groups separated by commas.</extracomment>
        <translation type="unfinished">Eich cod adfer, chwe grŵp o bum llythyren a digid: {groups}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Argraffu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+158"/>
        <source>Print the recovery code</source>
        <translation type="unfinished">Argraffu&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Print the code on paper, or save it as a PDF if there is no printer.</source>
        <translation type="unfinished">Argraffu&apos;r cod ar bapur, neu ei gadw fel PDF os nad oes argraffydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save to file…</source>
        <translation type="unfinished">&amp;Cadw mewn ffeil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery code to a file</source>
        <translation type="unfinished">Cadw&apos;r cod adfer mewn ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the code in a text file only you can read, for example on a USB stick.</source>
        <translation type="unfinished">Cadw&apos;r cod mewn ffeil destun na all neb ond chi ei darllen, er enghraifft ar gof bach USB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;opy</source>
        <translation type="unfinished">C&amp;opïo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the recovery code</source>
        <translation type="unfinished">Copïo&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the code; it is cleared from the clipboard after {count} seconds.</source>
        <translation type="unfinished">Copïo&apos;r cod; caiff ei glirio o&apos;r clipfwrdd ar ôl {count} eiliad.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>group {number}</source>
        <extracomment>A placeholder: {number} is the group&apos;s number.</extracomment>
        <translation type="unfinished">grŵp {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group {number} of the recovery code</source>
        <translation type="unfinished">Grŵp {number} o&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type group {number} (five letters or digits) of your recovery code, from your copy; groups are counted from the left.</source>
        <translation type="unfinished">Teipiwch grŵp {number} (pum llythyren neu ddigid) o&apos;ch cod adfer, o&apos;ch copi; caiff grwpiau eu cyfrif o&apos;r chwith.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have &amp;kept it</source>
        <translation type="unfinished">Rydw i wedi&apos;i &amp;gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have kept my recovery code</source>
        <translation type="unfinished">Rydw i wedi cadw fy nghod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the group you typed; when it matches you can go on.</source>
        <translation type="unfinished">Yn gwirio&apos;r grŵp a deipiwyd gennych; pan fydd yn cyfateb gallwch fynd ymlaen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check result</source>
        <translation type="unfinished">Canlyniad y gwiriad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That matches. Keep your copy safe.</source>
        <translation type="unfinished">Mae hynny&apos;n cyfateb. Cadwch eich copi yn ddiogel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type group {number} of the code first.</source>
        <translation type="unfinished">Teipiwch grŵp {number} o&apos;r cod yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not group {number} of your code. Look at your copy again: groups are counted from the left.</source>
        <translation type="unfinished">Nid dyna grŵp {number} o&apos;ch cod. Edrychwch ar eich copi eto: caiff grwpiau eu cyfrif o&apos;r chwith.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied. Paste it somewhere safe now: the clipboard is cleared in {count} seconds.</source>
        <translation type="unfinished">Wedi&apos;i gopïo. Gludwch ef rywle diogel nawr: caiff y clipfwrdd ei glirio ymhen {count} eiliad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the recovery code</source>
        <translation type="unfinished">Cadw&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished">Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the recovery code as a PDF</source>
        <translation type="unfinished">Cadw&apos;r cod adfer fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carer&apos;s Passport recovery code

    {code}

Created on {date}.

This code opens your passport if you forget your passphrase or move to a new computer.
Keep it somewhere safe and private. Anyone with this code and a copy of your passport
files can read your passport. A new code made in Settings replaces this one.
</source>
        <extracomment>The text file saved with the code: {code} is the code, {date} the day it was made.</extracomment>
        <translation type="unfinished">Cod adfer Pasbort Gofalwyr

    {code}

Crëwyd ar {date}.

Mae&apos;r cod hwn yn agor eich pasbort os byddwch yn anghofio eich cyfrinymadrodd neu&apos;n symud i gyfrifiadur newydd.
Cadwch ef rywle diogel a phreifat. Gall unrhyw un sydd â&apos;r cod hwn a chopi o ffeiliau eich pasbort
ddarllen eich pasbort. Mae cod newydd a wneir yn y Gosodiadau yn cymryd lle&apos;r un hwn.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}. Only you can read that file. Move it somewhere safe (a USB stick you keep at home), not a shared folder.</source>
        <extracomment>{path} is the file&apos;s full name.</extracomment>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}. Dim ond chi all ddarllen y ffeil honno. Symudwch hi rywle diogel (cof bach USB rydych chi&apos;n ei gadw gartref), nid ffolder a rennir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save</source>
        <extracomment>{path} is the file&apos;s full name, {reason} the system&apos;s words for what went wrong.</extracomment>
        <translation type="unfinished">Methu cadw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The code was not saved to {path}: {reason}. Choose another folder, or print it instead.</source>
        <translation type="unfinished">Ni chadwyd y cod yn {path}: {reason}. Dewiswch ffolder arall, neu argraffwch ef yn lle hynny.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent to the printer. Collect the page now.</source>
        <translation type="unfinished">Wedi&apos;i anfon at yr argraffydd. Casglwch y dudalen nawr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer is set up on this computer, so the page was saved as a PDF instead.</source>
        <translation type="unfinished">Does dim argraffydd wedi&apos;i osod ar y cyfrifiadur hwn, felly cadwyd y dudalen fel PDF yn lle hynny.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Carer&apos;s Passport recovery code</source>
        <translation type="unfinished">Cod adfer Pasbort Gofalwyr</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/reminders_dialog.py" line="+25"/>
        <source>No review dates are set yet, so there is nothing to add to a calendar. Set the passport&apos;s next review date (finishing a review does), or a review date on an agreed action, then come back.</source>
        <translation type="unfinished">Does dim dyddiadau adolygu wedi&apos;u gosod eto, felly does dim i&apos;w ychwanegu at galendr. Gosodwch ddyddiad adolygu nesaf y pasbort (mae gorffen adolygiad yn gwneud hynny), neu ddyddiad adolygu ar gam y cytunwyd arno, yna dewch yn ôl.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save review dates</source>
        <translation type="unfinished">Cadw dyddiadau adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished">Ffeiliau calendr (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar file could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw&apos;r ffeil calendr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add review dates to your calendar</source>
        <translation type="unfinished">Ychwanegu dyddiadau adolygu at eich calendr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review dates for your calendar</source>
        <translation type="unfinished">Dyddiadau adolygu ar gyfer eich calendr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save your review dates as a file your calendar app can import.</source>
        <translation type="unfinished">Cadw eich dyddiadau adolygu fel ffeil y gall ap eich calendr ei mewnforio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your calendar may be copied to other servers, so the file says only “Carer&apos;s passport review” and the date, with a reminder a week before: nothing about your caring, your manager or what was agreed. Below is what each date is about; that stays here.</source>
        <extracomment>“Carer&apos;s passport review” is the calendar entry&apos;s title, which stays in English in the file.</extracomment>
        <translation type="unfinished">Gall eich calendr gael ei gopïo i weinyddion eraill, felly dim ond “Carer&apos;s passport review” a&apos;r dyddiad y mae&apos;r ffeil yn eu dweud, gyda nodyn atgoffa wythnos ymlaen llaw: dim byd am eich gofalu, eich rheolwr na&apos;r hyn y cytunwyd arno. Isod mae beth yw pwrpas pob dyddiad; mae hynny&apos;n aros yma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review dates</source>
        <translation type="unfinished">Dyddiadau adolygu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each date that will be in the calendar file, and what it is about (only the date goes into the file).</source>
        <translation type="unfinished">Pob dyddiad a fydd yn y ffeil calendr, a&apos;i bwrpas (dim ond y dyddiad sy&apos;n mynd i&apos;r ffeil).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save calendar file…</source>
        <translation type="unfinished">&amp;Cadw ffeil calendr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the calendar file</source>
        <translation type="unfinished">Cadw&apos;r ffeil calendr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save an .ics file, then open it with your calendar app.</source>
        <translation type="unfinished">Dewiswch ble i gadw ffeil .ics, yna agorwch hi gydag ap eich calendr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved 1 date to {path}. Open that file with your calendar app to add it; saving again later updates the same entry rather than adding a copy.</source>
        <extracomment>{path} is the file&apos;s full name; {count} the number of dates.</extracomment>
        <translation type="unfinished">Cadwyd 1 dyddiad yn {path}. Agorwch y ffeil honno gydag ap eich calendr i&apos;w ychwanegu; mae cadw eto&apos;n nes ymlaen yn diweddaru&apos;r un cofnod yn hytrach nag ychwanegu copi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {count} dates to {path}. Open that file with your calendar app to add them; saving again later updates the same entries rather than adding copies.</source>
        <translation type="unfinished">Cadwyd {count} dyddiad yn {path}. Agorwch y ffeil honno gydag ap eich calendr i&apos;w hychwanegu; mae cadw eto&apos;n nes ymlaen yn diweddaru&apos;r un cofnodion yn hytrach nag ychwanegu copïau.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/settings_dialog.py" line="+62"/>
        <source>Never (not recommended)</source>
        <extracomment>Locking: never lock the passport when the app is idle.</extracomment>
        <translation type="unfinished">Byth (ni argymhellir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation type="unfinished">1 munud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} minutes</source>
        <extracomment>Locking after this many idle minutes ({count} is the number, never 1).</extracomment>
        <translation type="unfinished">{count} munud</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Same as my computer</source>
        <extracomment>The language list&apos;s first entry: speak the computer&apos;s language (English if we have no translation).</extracomment>
        <translation type="unfinished">Yr un fath â&apos;m cyfrifiadur</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Light</source>
        <translation type="unfinished">Golau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished">Tywyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For my own passport (I am a carer)</source>
        <translation type="unfinished">Ar gyfer fy mhasbort fy hun (rwy&apos;n ofalwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a manager who receives passports from my team</source>
        <translation type="unfinished">Fel rheolwr sy&apos;n cael pasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both: my own passport, and passports from my team</source>
        <translation type="unfinished">Y ddau: fy mhasbort fy hun, a phasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Your new recovery code</source>
        <translation type="unfinished">Eich cod adfer newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the new code; once you have typed part of it back, the old one stops working.</source>
        <translation type="unfinished">Cadwch y cod newydd; ar ôl i chi deipio rhan ohono yn ôl, bydd yr hen un yn peidio â gweithio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this new code. Once you have typed part of it back, your old recovery code &lt;b&gt;stops working&lt;/b&gt;: then destroy any copy of the old one.</source>
        <translation type="unfinished">Cadwch y cod newydd hwn. Ar ôl i chi deipio rhan ohono yn ôl, bydd eich hen god adfer yn &lt;b&gt;peidio â gweithio&lt;/b&gt;: yna dinistriwch unrhyw gopi o&apos;r hen un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation type="unfinished">&amp;Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation type="unfinished">Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close once you have kept the new code.</source>
        <translation type="unfinished">Caewch ar ôl i chi gadw&apos;r cod newydd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without keeping the code?</source>
        <translation type="unfinished">Cau heb gadw&apos;r cod?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see this code again. If you close now, no new code is made and your current recovery code keeps working. Close anyway?</source>
        <translation type="unfinished">Ni fyddwch yn gweld y cod hwn eto. Os byddwch yn cau nawr, ni chaiff cod newydd ei greu a bydd eich cod adfer presennol yn dal i weithio. Cau beth bynnag?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Settings — Carer&apos;s Passport</source>
        <extracomment>Who uses this vault changed (see :meth:`set_role`). A new recovery code shown but not yet committed (the old one still works meanwhile).</extracomment>
        <translation type="unfinished">Gosodiadau — Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Settings</source>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Where your passport is kept, how it is locked, and how the app looks.</source>
        <translation type="unfinished">Ble mae eich pasbort yn cael ei gadw, sut mae wedi&apos;i gloi, a sut mae&apos;r ap yn edrych.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result of the last change</source>
        <translation type="unfinished">Canlyniad y newid diwethaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Ca&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close settings</source>
        <translation type="unfinished">Cau&apos;r gosodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window; changes are already saved.</source>
        <translation type="unfinished">Cau&apos;r ffenestr hon; mae&apos;r newidiadau wedi&apos;u cadw eisoes.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Who is using this</source>
        <translation type="unfinished">Pwy sy&apos;n defnyddio hwn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decides which pages the app shows first; your passports stay as they are.</source>
        <translation type="unfinished">Mae&apos;n penderfynu pa dudalennau y mae&apos;r ap yn eu dangos gyntaf; mae eich pasbortau&apos;n aros fel y maen nhw.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved: {choice}.</source>
        <extracomment>Shown after choosing who uses the app; {choice} is the answer chosen, e.g. &quot;For my own passport&quot;.</extracomment>
        <translation type="unfinished">Wedi&apos;i gadw: {choice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where your passport is kept</source>
        <translation type="unfinished">Ble mae eich pasbort yn cael ei gadw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder</source>
        <translation type="unfinished">Ffolder data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder on this computer that holds your encrypted passport. Back up this folder, or use File, Back up.</source>
        <translation type="unfinished">Y ffolder ar y cyfrifiadur hwn sy&apos;n dal eich pasbort wedi&apos;i amgryptio. Gwnewch gopi wrth gefn o&apos;r ffolder hon, neu defnyddiwch Ffeil, Copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data folder</source>
        <translation type="unfinished">&amp;Ffolder data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ways to open your passport</source>
        <translation type="unfinished">Ffyrdd o agor eich pasbort</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>You have a passphrase.</source>
        <translation type="unfinished">Mae gennych gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>You have no passphrase yet.</source>
        <translation type="unfinished">Nid oes gennych gyfrinymadrodd eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase now, to show it is you.</source>
        <translation type="unfinished">Eich cyfrinymadrodd nawr, i ddangos mai chi sydd yno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+141"/>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished">Newid y cyf&amp;rinymadrodd</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Set &amp;passphrase</source>
        <translation type="unfinished">Gosod cyf&amp;rinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Change passphrase</source>
        <translation type="unfinished">Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Set passphrase</source>
        <translation type="unfinished">Gosod cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the new passphrase; the old one stops working.</source>
        <translation type="unfinished">Yn cadw&apos;r cyfrinymadrodd newydd; bydd yr hen un yn peidio â gweithio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new &amp;recovery code…</source>
        <translation type="unfinished">Creu cod &amp;adfer newydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery code</source>
        <translation type="unfinished">Creu cod adfer newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces your recovery code; the old one stops working. Use this if your code may have been seen or lost.</source>
        <translation type="unfinished">Yn disodli eich cod adfer; bydd yr hen un yn peidio â gweithio. Defnyddiwch hwn os gallai eich cod fod wedi cael ei weld neu ei golli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;without typing on this computer (uses the system keyring)</source>
        <translation type="unfinished">Agor &amp;heb deipio ar y cyfrifiadur hwn (yn defnyddio cylch allweddi&apos;r system)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the system keyring</source>
        <translation type="unfinished">Defnyddio cylch allweddi&apos;r system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When on, the key is kept in your computer&apos;s keyring, so the passport opens while you are logged in. When off, you type your passphrase each time.</source>
        <translation type="unfinished">Pan fydd ymlaen, mae&apos;r allwedd yn cael ei chadw yng nghylch allweddi eich cyfrifiadur, felly mae&apos;r pasbort yn agor tra byddwch wedi mewngofnodi. Pan fydd i ffwrdd, byddwch yn teipio eich cyfrinymadrodd bob tro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the keyring…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio&apos;r cylch allweddi…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locking</source>
        <translation type="unfinished">Cloi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after idle time</source>
        <translation type="unfinished">Cloi ar ôl cyfnod segur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks the passport when you have not used the app for this long. It also locks when your screen locks, where the computer tells us.</source>
        <translation type="unfinished">Yn cloi&apos;r pasbort pan nad ydych wedi defnyddio&apos;r ap am gyhyd â hyn. Mae hefyd yn cloi pan fydd eich sgrin yn cloi, lle mae&apos;r cyfrifiadur yn dweud wrthym.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished">&amp;Cloi pan fydd yn segur am</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appearance</source>
        <translation type="unfinished">Golwg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colours</source>
        <translation type="unfinished">Lliwiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark, high contrast, or the same as your computer.</source>
        <translation type="unfinished">Golau, tywyll, cyferbyniad uchel, neu&apos;r un fath â&apos;ch cyfrifiadur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size}%</source>
        <extracomment>A text size in per cent; write it as your language writes percentages.</extracomment>
        <translation type="unfinished">{size}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation type="unfinished">Maint y testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes all text in the app bigger, up to twice the normal size.</source>
        <translation type="unfinished">Yn gwneud yr holl destun yn yr ap yn fwy, hyd at ddwywaith y maint arferol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;olours</source>
        <translation type="unfinished">&amp;Lliwiau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text size</source>
        <translation type="unfinished">&amp;Maint y testun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the app&apos;s words. It changes the next time you start the app.</source>
        <translation type="unfinished">Iaith geiriau&apos;r ap. Mae&apos;n newid y tro nesaf y byddwch yn dechrau&apos;r ap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished">&amp;Iaith</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved. Close and start Carer&apos;s Passport again to see it in this language.</source>
        <translation type="unfinished">Wedi&apos;i gadw. Caewch Pasbort Gofalwyr a&apos;i ddechrau eto i&apos;w weld yn yr iaith hon.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your current passphrase is not right, so nothing was changed. Try again.</source>
        <translation type="unfinished">Nid yw eich cyfrinymadrodd presennol yn gywir, felly ni chafodd dim ei newid. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Passphrase saved. Use the new one from now on.</source>
        <translation type="unfinished">Mae&apos;r cyfrinymadrodd wedi&apos;i gadw. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a new recovery code?</source>
        <translation type="unfinished">Creu cod adfer newydd?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current recovery code will stop working. You will be shown the new one once, and asked to type part of it back.

Make a new code?</source>
        <translation type="unfinished">Bydd eich cod adfer presennol yn peidio â gweithio. Bydd y cod newydd yn cael ei ddangos i chi unwaith, a gofynnir i chi deipio rhan ohono yn ôl.

Creu cod newydd?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your new recovery code is shown. Your current code works until you have kept the new one.</source>
        <translation type="unfinished">Mae eich cod adfer newydd yn cael ei ddangos. Mae eich cod presennol yn gweithio nes i chi gadw&apos;r un newydd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New recovery code saved. The old one no longer works.</source>
        <translation type="unfinished">Mae&apos;r cod adfer newydd wedi&apos;i gadw. Nid yw&apos;r hen un yn gweithio mwyach.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No new recovery code was made; your current one still works.</source>
        <translation type="unfinished">Ni chafodd cod adfer newydd ei greu; mae eich un presennol yn dal i weithio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no keyring this app can use, so your passport always asks for your passphrase or recovery code.</source>
        <translation type="unfinished">Nid oes gan y cyfrifiadur hwn gylch allweddi y gall yr ap hwn ei ddefnyddio, felly mae eich pasbort bob amser yn gofyn am eich cyfrinymadrodd neu&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passport opens by itself while you are logged in to this computer.</source>
        <translation type="unfinished">Mae eich pasbort yn agor ar ei ben ei hun tra byddwch wedi mewngofnodi i&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passport asks for your passphrase each time it opens.</source>
        <translation type="unfinished">Mae eich pasbort yn gofyn am eich cyfrinymadrodd bob tro y mae&apos;n agor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a passphrase first: without the keyring and without a passphrase you would need your recovery code every time.</source>
        <translation type="unfinished">Gosodwch gyfrinymadrodd yn gyntaf: heb y cylch allweddi a heb gyfrinymadrodd, byddai angen eich cod adfer arnoch bob tro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keyring could not store the key; your passport will keep asking for your passphrase.</source>
        <translation type="unfinished">Nid oedd modd i&apos;r cylch allweddi storio&apos;r allwedd; bydd eich pasbort yn dal i ofyn am eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working…</source>
        <translation type="unfinished">Wrthi&apos;n gweithio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That did not work.</source>
        <translation type="unfinished">Ni weithiodd hynny.</translation>
    </message>
</context>
<context>
    <name>ShellMessages</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/shell_messages.py" line="+27"/>
        <source>{problem}

If you quit now, that change is lost. Stay to fix it (for example shorten the answer), or copy the text somewhere safe first.</source>
        <extracomment>{problem} is why the change could not be saved.</extracomment>
        <translation type="unfinished">{problem}

Os byddwch yn gadael nawr, bydd y newid hwnnw&apos;n cael ei golli. Arhoswch i&apos;w drwsio (er enghraifft byrhau&apos;r ateb), neu copïwch y testun rywle diogel yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit &amp;anyway</source>
        <translation type="unfinished">&amp;Gadael beth bynnag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

If you lock now, that change is lost. Stay to fix it (for example shorten the answer), or copy the text somewhere safe first.</source>
        <translation type="unfinished">{problem}

Os byddwch yn cloi nawr, bydd y newid hwnnw&apos;n cael ei golli. Arhoswch i&apos;w drwsio (er enghraifft byrhau&apos;r ateb), neu copïwch y testun rywle diogel yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock &amp;anyway</source>
        <translation type="unfinished">&amp;Cloi beth bynnag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change is not saved</source>
        <translation type="unfinished">Nid yw newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stay and fix it</source>
        <translation type="unfinished">&amp;Aros a&apos;i drwsio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keys</source>
        <translation type="unfinished">Bysellau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation type="unfinished">Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <extracomment>The column headings of the list of keyboard shortcuts.</extracomment>
        <translation type="unfinished">Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keys that work everywhere in the app.</source>
        <translation type="unfinished">Y bysellau sy&apos;n gweithio ym mhobman yn yr ap.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;p&gt;&lt;b&gt;Carer&apos;s Passport&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Your passport stays on this computer, encrypted. This app makes no network connections.&lt;/p&gt;</source>
        <extracomment>{version} is the app&apos;s version number, e.g. 1.2.0.</extracomment>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Pasbort Gofalwyr&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Mae eich pasbort yn aros ar y cyfrifiadur hwn, wedi&apos;i amgryptio. Nid yw&apos;r ap hwn yn cysylltu â&apos;r rhwydwaith o gwbl.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Carer&apos;s Passport</source>
        <translation type="unfinished">Ynghylch Pasbort Gofalwyr</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/unlock.py" line="+75"/>
        <source>Unlock — Carer&apos;s Passport</source>
        <translation type="unfinished">Datgloi — Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your Carer&apos;s Passport</source>
        <translation type="unfinished">Datgloi eich Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your passphrase or your recovery code to open your passport.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd neu&apos;ch cod adfer i agor eich pasbort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your passport…</source>
        <translation type="unfinished">Wrthi&apos;n agor eich pasbort…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your passport is locked</source>
        <translation type="unfinished">Mae eich pasbort wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type your &amp;passphrase, or your recovery code (six groups like ABCDE-FGHIJ-…):</source>
        <translation type="unfinished">Teipiwch eich &amp;cyfrinymadrodd, neu&apos;ch cod adfer (chwe grŵp fel ABCDE-FGHIJ-…):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished">Cyfrinymadrodd neu god adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase, or the recovery code you kept when you set up the passport. Press Enter to unlock.</source>
        <translation type="unfinished">Eich cyfrinymadrodd, neu&apos;r cod adfer a gadwoch pan wnaethoch sefydlu&apos;r pasbort. Pwyswch Enter i ddatgloi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished">&amp;Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation type="unfinished">Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the passphrase or code as plain text.</source>
        <translation type="unfinished">Yn dangos y cyfrinymadrodd neu&apos;r cod fel testun plaen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it did not open</source>
        <translation type="unfinished">Pam nad agorodd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation type="unfinished">Wrthi&apos;n datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy: checking the passphrase or code.</source>
        <translation type="unfinished">Yn brysur: yn gwirio&apos;r cyfrinymadrodd neu&apos;r cod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished">Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Carer&apos;s Passport without unlocking.</source>
        <translation type="unfinished">Cau Pasbort Gofalwyr heb ddatgloi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">Datg&amp;loi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your passport with what you typed.</source>
        <translation type="unfinished">Agor eich pasbort gyda&apos;r hyn a deipiwyd gennych.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type your passphrase or recovery code first.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd neu&apos;ch cod adfer yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The passport could not be opened.</source>
        <translation type="unfinished">Nid oedd modd agor y pasbort.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>That recovery code does not open your passport. Check it is the code shown when your passport was created (a new code replaces the old one).</source>
        <translation type="unfinished">Nid yw&apos;r cod adfer hwnnw&apos;n agor eich pasbort. Gwiriwch mai hwn yw&apos;r cod a ddangoswyd pan grëwyd eich pasbort (mae cod newydd yn cymryd lle&apos;r hen un).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passport has no passphrase set. Unlock it with your recovery code.</source>
        <translation type="unfinished">Does dim cyfrinymadrodd wedi&apos;i osod ar eich pasbort. Datglowch ef gyda&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That passphrase does not open your passport. Check Caps Lock and try again, or use your recovery code.</source>
        <translation type="unfinished">Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor eich pasbort. Gwiriwch Caps Lock a rhowch gynnig arall arni, neu defnyddiwch eich cod adfer.</translation>
    </message>
</context>
<context>
    <name>UnlockFlow</name>
    <message>
        <location filename="../../carerpassport/ui/unlock_flow.py" line="+177"/>
        <source>Your passport was restored from the backup ({count} saved versions). Unlock it with your passphrase or recovery code.</source>
        <extracomment>{count} is the number of saved versions of the passport in the backup.</extracomment>
        <translation type="unfinished">Adferwyd eich pasbort o&apos;r copi wrth gefn ({count} fersiwn wedi&apos;u cadw). Datglowch ef gyda&apos;ch cyfrinymadrodd neu eich cod adfer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passport was restored from the backup. Unlock it with your passphrase or recovery code.</source>
        <translation type="unfinished">Adferwyd eich pasbort o&apos;r copi wrth gefn. Datglowch ef gyda&apos;ch cyfrinymadrodd neu eich cod adfer.</translation>
    </message>
</context>
<context>
    <name>WorkingDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/working_dialog.py" line="+23"/>
        <source>Working</source>
        <translation type="unfinished">Wrthi&apos;n gweithio</translation>
    </message>
</context>
</TS>
