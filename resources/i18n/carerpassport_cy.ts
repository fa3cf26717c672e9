<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>ChangePage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="+232"/>
        <source>The change you are asking for</source>
        <translation type="unfinished">Y newid rydych yn gofyn amdano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you would like to change and from when. Your employer must consider it and talk to you before refusing.</source>
        <translation type="unfinished">Dywedwch beth hoffech ei newid ac o bryd. Rhaid i&apos;ch cyflogwr ei ystyried a siarad â chi cyn gwrthod.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to change</source>
        <translation type="unfinished">Beth i&apos;w newid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My &amp;hours</source>
        <translation type="unfinished">Fy &amp;oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;times</source>
        <translation type="unfinished">Fy &amp;amseroedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where I work</source>
        <translation type="unfinished">&amp;Ble rwy&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change {what}</source>
        <translation type="unfinished">Newid {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;change, in your words:</source>
        <translation type="unfinished">Y ne&amp;wid, yn eich geiriau chi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: start at 10:00 and finish at 18:00 on Tuesdays and Thursdays.</source>
        <translation type="unfinished">Er enghraifft: dechrau am 10:00 a gorffen am 18:00 ar ddydd Mawrth a dydd Iau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change, in your words</source>
        <translation type="unfinished">Y newid, yn eich geiriau chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your working pattern would be.</source>
        <translation type="unfinished">Beth fyddai eich patrwm gwaith.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date of the change</source>
        <translation type="unfinished">Dyddiad dechrau&apos;r newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start from:</source>
        <translation type="unfinished">&amp;Dechrau o:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date on the letter</source>
        <translation type="unfinished">Dyddiad ar y llythyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date on the letter:</source>
        <translation type="unfinished">Dyddiad ar y &amp;llythyr:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier requests</source>
        <translation type="unfinished">Ceisiadau cynharach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier requests (from your record): {sentence}</source>
        <translation type="unfinished">Ceisiadau cynharach (o&apos;ch cofnod): {sentence}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add {missing}.</source>
        <extracomment>{missing} lists what the request still lacks, separated by semicolons.</extracomment>
        <translation type="unfinished">Ychwanegwch {missing}.</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/leave_dialogs.py" line="+102"/>
        <source>{what}: date</source>
        <translation type="unfinished">{what}: dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date to add (type it or open the calendar with Alt+Down).</source>
        <translation type="unfinished">Y dyddiad i&apos;w ychwanegu (teipiwch ef neu agorwch y calendr gydag Alt+Down).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole day</source>
        <translation type="unfinished">Diwrnod cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day</source>
        <translation type="unfinished">Hanner diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: whole or half day</source>
        <translation type="unfinished">{what}: diwrnod cyfan neu hanner diwrnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add day</source>
        <translation type="unfinished">&amp;Ychwanegu diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this day to {what}</source>
        <translation type="unfinished">Ychwanegu&apos;r diwrnod hwn at {what}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen days. Delete removes the selected one.</source>
        <translation type="unfinished">Y diwrnodau a ddewiswyd. Mae Delete yn tynnu&apos;r un a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove day</source>
        <translation type="unfinished">&amp;Tynnu diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected day from {what}</source>
        <translation type="unfinished">Tynnu&apos;r diwrnod a ddewiswyd o {what}</translation>
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
    <name>FlexibleRequestWizard</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="-246"/>
        <source>Type the day, month and year, or press Alt+Down for a calendar.</source>
        <translation type="unfinished">Teipiwch y diwrnod, y mis a&apos;r flwyddyn, neu pwyswch Alt+Down am galendr.</translation>
    </message>
    <message>
        <location line="+410"/>
        <source>Flexible-working request</source>
        <extracomment>The request was saved or exported (the Requests page refreshes).</extracomment>
        <translation type="unfinished">Cais gweithio hyblyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a statutory request to change your hours, times or place of work, from your passport.</source>
        <translation type="unfinished">Drafftio cais statudol i newid eich oriau, eich amseroedd neu eich man gwaith, o&apos;ch pasbort.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation type="unfinished">Nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation type="unfinished">Gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving…</source>
        <translation type="unfinished">Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to {path}; it is in your sharing record. When you have sent it, record the date on the Requests page.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}; mae yn eich cofnod rhannu. Pan fyddwch wedi&apos;i anfon, cofnodwch y dyddiad ar y dudalen Ceisiadau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished">Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw&apos;r cais.</translation>
    </message>
</context>
<context>
    <name>IncludePage</name>
    <message>
        <location line="-366"/>
        <source>What to include from your passport</source>
        <translation type="unfinished">Beth i&apos;w gynnwys o&apos;ch pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only what you tick goes into the request. You can change the words on a later page.</source>
        <translation type="unfinished">Dim ond yr hyn a diciwch sy&apos;n mynd i&apos;r cais. Gallwch newid y geiriau ar dudalen ddiweddarach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passport has nothing to offer yet: answer “How does caring affect your work?” or “What else would help?”, or propose a flexible-working action. You can still write the request yourself.</source>
        <translation type="unfinished">Nid oes gan eich pasbort ddim i&apos;w gynnig eto: atebwch “Sut mae gofalu&apos;n effeithio ar eich gwaith?” neu “Beth arall fyddai&apos;n helpu?”, neu cynigiwch gam gweithredu gweithio hyblyg. Gallwch ddal i ysgrifennu&apos;r cais eich hun.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{heading} (private in your passport): {preview}</source>
        <extracomment>One thing the passport can add to the request: its heading, then the first words of its text.</extracomment>
        <translation type="unfinished">{heading} (preifat yn eich pasbort): {preview}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{heading}: {preview}</source>
        <translation type="unfinished">{heading}: {preview}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include: {heading}</source>
        <translation type="unfinished">Cynnwys: {heading}</translation>
    </message>
</context>
<context>
    <name>LeaveDialogs</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/leave_dialogs.py" line="-61"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
</context>
<context>
    <name>LeaveEntryDialog</name>
    <message>
        <location line="+110"/>
        <source>Edit carer&apos;s leave</source>
        <translation type="unfinished">Golygu absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan carer&apos;s leave</source>
        <translation type="unfinished">Cynllunio absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the days, whole or half, and who the leave is for by relationship only.</source>
        <translation type="unfinished">Dewiswch y diwrnodau, cyfan neu hanner, ac ar gyfer pwy mae&apos;r absenoldeb yn ôl y berthynas yn unig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days of leave</source>
        <translation type="unfinished">Diwrnodau o absenoldeb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days:</source>
        <translation type="unfinished">Diwrnodau:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned or taken</source>
        <translation type="unfinished">Wedi&apos;i gynllunio neu wedi&apos;i gymryd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Statws:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who the leave is for</source>
        <translation type="unfinished">Ar gyfer pwy mae&apos;r absenoldeb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;For:</source>
        <translation type="unfinished">&amp;Ar gyfer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have given &amp;notice, on:</source>
        <translation type="unfinished">Rwyf wedi rhoi &amp;hysbysiad, ar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have given notice</source>
        <translation type="unfinished">Rwyf wedi rhoi hysbysiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when you have told your employer.</source>
        <translation type="unfinished">Ticiwch pan fyddwch wedi dweud wrth eich cyflogwr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date notice was given</source>
        <translation type="unfinished">Y dyddiad y rhoddwyd hysbysiad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Private note</source>
        <translation type="unfinished">Nodyn preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder for you only; it is never put in a notice.</source>
        <translation type="unfinished">Nodyn atgoffa i chi yn unig; nid yw byth yn cael ei roi mewn hysbysiad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For you only</source>
        <translation type="unfinished">I chi yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;vate note:</source>
        <translation type="unfinished">Nodyn &amp;preifat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the rules say</source>
        <translation type="unfinished">Beth mae&apos;r rheolau&apos;n ei ddweud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest date to give notice, and whether it is late.</source>
        <translation type="unfinished">Y dyddiad olaf i roi hysbysiad, ac a yw&apos;n hwyr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save this leave</source>
        <translation type="unfinished">Cadw&apos;r absenoldeb hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving.</source>
        <translation type="unfinished">Cau heb gadw.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{amount} of leave taken.</source>
        <translation type="unfinished">{amount} o absenoldeb wedi&apos;i gymryd.</translation>
    </message>
</context>
<context>
    <name>LeaveModel</name>
    <message>
        <location filename="../../carerpassport/ui/models/leave_model.py" line="+23"/>
        <source>Days</source>
        <extracomment>The column titles (translated when the model is made).</extracomment>
        <translation type="unfinished">Diwrnodau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished">Faint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation type="unfinished">Ar gyfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation type="unfinished">Hysbysiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent</source>
        <extracomment>Short words for the table (the dialog shows the full labels): the Days column needs the room.</extracomment>
        <translation type="unfinished">Rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with me</source>
        <translation type="unfinished">Yn byw gyda mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relies on me</source>
        <translation type="unfinished">Yn dibynnu arnaf</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{days} (asked for {asked})</source>
        <extracomment>The entry&apos;s id (a str) for a row. True when the row&apos;s notice is late. A postponed request: the employer&apos;s new {days}, then the days first asked for.</extracomment>
        <translation type="unfinished">{days} (gofynnwyd am {asked})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Given {date}</source>
        <translation type="unfinished">Rhoddwyd {date}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>LATE: given {date}</source>
        <translation type="unfinished">HWYR: rhoddwyd {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LATE: due by {date}</source>
        <translation type="unfinished">HWYR: roedd ei angen erbyn {date}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give by {date}</source>
        <translation type="unfinished">Rhowch erbyn {date}</translation>
    </message>
</context>
<context>
    <name>LeaveView</name>
    <message>
        <location filename="../../carerpassport/ui/views/leave_view.py" line="+86"/>
        <source>In hours, to the quarter hour (7.5 is seven and a half hours).</source>
        <translation type="unfinished">Mewn oriau, i&apos;r chwarter awr (7.5 yw saith awr a hanner).</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Carer&apos;s leave page</source>
        <translation type="unfinished">Tudalen absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to see the whole page.</source>
        <translation type="unfinished">Sgroliwch i weld y dudalen gyfan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carer&apos;s leave</source>
        <translation type="unfinished">Absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not legal advice</source>
        <translation type="unfinished">Nid cyngor cyfreithiol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By law (England, Wales and Scotland) you can take one week of unpaid carer&apos;s leave in any 12 months, from your first day, in half or whole days, to give or arrange care for someone with a long-term care need. Your employer cannot refuse it or ask for evidence, only postpone it.</source>
        <translation type="unfinished">Yn ôl y gyfraith (Cymru, Lloegr a&apos;r Alban) gallwch gymryd wythnos o absenoldeb gofalwr di-dâl mewn unrhyw 12 mis, o&apos;ch diwrnod cyntaf, fesul hanner diwrnod neu ddiwrnod cyfan, i roi neu drefnu gofal i rywun ag angen gofal hirdymor. Ni all eich cyflogwr ei wrthod na gofyn am dystiolaeth, dim ond ei ohirio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the rules do not apply</source>
        <translation type="unfinished">Pam nad yw&apos;r rheolau&apos;n berthnasol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your carer&apos;s leave</source>
        <translation type="unfinished">Eich absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By first day. Enter edits, Delete removes.</source>
        <translation type="unfinished">Yn ôl y diwrnod cyntaf. Mae Enter yn golygu, mae Delete yn tynnu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keys: Ctrl+N plan · Enter edit · Delete remove · Ctrl+Z undo remove</source>
        <translation type="unfinished">Bysellau: Ctrl+N cynllunio · Enter golygu · Delete tynnu · Ctrl+Z dadwneud tynnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave status</source>
        <translation type="unfinished">Statws absenoldeb</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your balance</source>
        <translation type="unfinished">Eich balans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the 12 months &amp;ending:</source>
        <translation type="unfinished">Yn y 12 mis sy&apos;n dod i ben &amp;ar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance on this date</source>
        <translation type="unfinished">Balans ar y dyddiad hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 12 months ending on this date are counted.</source>
        <translation type="unfinished">Mae&apos;r 12 mis sy&apos;n dod i ben ar y dyddiad hwn yn cael eu cyfrif.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Balance</source>
        <translation type="unfinished">Balans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement, used, booked and remaining.</source>
        <translation type="unfinished">Hawl, wedi&apos;i ddefnyddio, wedi&apos;i drefnu ac ar ôl.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>P&amp;lan leave…</source>
        <translation type="unfinished">C&amp;ynllunio absenoldeb…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan or record carer&apos;s leave (Ctrl+N).</source>
        <translation type="unfinished">Cynllunio neu gofnodi absenoldeb gofalwr (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Golygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected leave (Enter).</source>
        <translation type="unfinished">Newid yr absenoldeb a ddewiswyd (Enter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postpo&amp;ned…</source>
        <translation type="unfinished">Wedi&apos;i o&amp;hirio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the new dates your employer gave you.</source>
        <translation type="unfinished">Cofnodi&apos;r dyddiadau newydd a roddodd eich cyflogwr i chi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;taken</source>
        <translation type="unfinished">Nodi wedi&apos;i gy&amp;mryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you took the selected leave.</source>
        <translation type="unfinished">Cofnodi eich bod wedi cymryd yr absenoldeb a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N&amp;otice…</source>
        <translation type="unfinished">Hysbysia&amp;d…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice to give your employer: copy it or save it.</source>
        <translation type="unfinished">Yr hysbysiad i&apos;w roi i&apos;ch cyflogwr: copïwch ef neu ei gadw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished">&amp;Tynnu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected leave (Delete). You can undo it.</source>
        <translation type="unfinished">Tynnu&apos;r absenoldeb a ddewiswyd (Delete). Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo remove</source>
        <translation type="unfinished">Dad&amp;wneud tynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the leave you removed last (Ctrl+Z).</source>
        <translation type="unfinished">Dod â&apos;r absenoldeb a dynnoch ddiwethaf yn ôl (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>From {start} to {end}:</source>
        <extracomment>The first line of the balance; the lines after it say the entitlement, used, booked and remaining.</extracomment>
        <translation type="unfinished">O {start} i {end}:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation type="unfinished">Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing changed.</source>
        <translation type="unfinished">Dim wedi newid.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave saved.</source>
        <translation type="unfinished">Wedi cadw&apos;r absenoldeb.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Postponement recorded. </source>
        <translation type="unfinished">Wedi cofnodi&apos;r gohirio. </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Marked as taken.</source>
        <translation type="unfinished">Wedi nodi ei fod wedi&apos;i gymryd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this leave?</source>
        <translation type="unfinished">Tynnu&apos;r absenoldeb hwn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this leave from your log?</source>
        <translation type="unfinished">Tynnu&apos;r absenoldeb hwn o&apos;ch cofnod?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can bring it back with “Undo remove” (Ctrl+Z).</source>
        <translation type="unfinished">Gallwch ddod ag ef yn ôl gyda “Dadwneud tynnu” (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed. Press “Undo remove” (Ctrl+Z) to bring it back.</source>
        <translation type="unfinished">Wedi&apos;i dynnu. Pwyswch “Dadwneud tynnu” (Ctrl+Z) i ddod ag ef yn ôl.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Put back.</source>
        <translation type="unfinished">Wedi&apos;i roi yn ôl.</translation>
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
    <name>NoticeDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/leave_dialogs.py" line="+115"/>
        <source>Notice of carer&apos;s leave</source>
        <translation type="unfinished">Hysbysiad o absenoldeb gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice to give your employer: which days, and that you are entitled. It asks for no evidence and gives none.</source>
        <translation type="unfinished">Yr hysbysiad i&apos;w roi i&apos;ch cyflogwr: pa ddiwrnodau, a bod gennych hawl. Nid yw&apos;n gofyn am dystiolaeth ac nid yw&apos;n rhoi dim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice need not be in writing, but a written one is a record. It says only that you are entitled and which days: no names, no reasons, no evidence. Saving it as a file records it in your Sharing page. </source>
        <translation type="unfinished">Nid oes rhaid i hysbysiad fod yn ysgrifenedig, ond mae un ysgrifenedig yn gofnod. Mae&apos;n dweud yn unig bod gennych hawl a pha ddiwrnodau: dim enwau, dim rhesymau, dim tystiolaeth. Mae ei gadw fel ffeil yn ei gofnodi ar eich tudalen Rhannu. </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who the notice is for</source>
        <translation type="unfinished">Ar gyfer pwy mae&apos;r hysbysiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;At:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the notice</source>
        <translation type="unfinished">Iaith yr hysbysiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice can be in your employer&apos;s language.</source>
        <translation type="unfinished">Gall yr hysbysiad fod yn iaith eich cyflogwr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Iaith:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice text</source>
        <translation type="unfinished">Testun yr hysbysiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice as it will be copied or saved.</source>
        <translation type="unfinished">Yr hysbysiad fel y caiff ei gopïo neu ei gadw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notice status</source>
        <translation type="unfinished">Statws yr hysbysiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Close the notice.</source>
        <translation type="unfinished">Cau&apos;r hysbysiad.</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copïo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the notice</source>
        <translation type="unfinished">Copïo&apos;r hysbysiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy it to paste into an email or a message.</source>
        <translation type="unfinished">Copïwch ef i&apos;w ludo mewn e-bost neu neges.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as te&amp;xt…</source>
        <translation type="unfinished">Cadw fel &amp;testun…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the notice as a text file</source>
        <translation type="unfinished">Cadw&apos;r hysbysiad fel ffeil testun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished">Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the notice as a PDF</source>
        <translation type="unfinished">Cadw&apos;r hysbysiad fel PDF</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied. Paste it into an email or message to your employer.</source>
        <translation type="unfinished">Wedi&apos;i gopïo. Gludwch ef mewn e-bost neu neges at eich cyflogwr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the notice</source>
        <translation type="unfinished">Cadw&apos;r hysbysiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished">Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation type="unfinished">Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}; it is in your Sharing page.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}; mae ar eich tudalen Rhannu.</translation>
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
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <location filename="../../carerpassport/ui/views/leave_view.py" line="-522"/>
        <source>Where you work and how you normally work (private)</source>
        <translation type="unfinished">Ble rydych yn gweithio a sut rydych yn gweithio fel arfer (preifat)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where you work</source>
        <translation type="unfinished">Ble rydych yn gweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer&apos;s leave is law in England, Wales and Scotland, not yet in Northern Ireland.</source>
        <translation type="unfinished">Mae absenoldeb gofalwr yn gyfraith yng Nghymru, Lloegr a&apos;r Alban, ond nid yng Ngogledd Iwerddon eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Where you work:</source>
        <translation type="unfinished">&amp;Ble rydych yn gweithio:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of working pattern</source>
        <translation type="unfinished">Math o batrwm gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pattern:</source>
        <translation type="unfinished">&amp;Patrwm:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save &amp;pattern</source>
        <translation type="unfinished">&amp;Cadw&apos;r patrwm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save where you work and your working pattern</source>
        <translation type="unfinished">Cadw ble rydych yn gweithio a&apos;ch patrwm gwaith</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One week of leave for you</source>
        <translation type="unfinished">Wythnos o absenoldeb i chi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hours per working day</source>
        <translation type="unfinished">Oriau bob diwrnod gwaith</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days per week</source>
        <translation type="unfinished">Diwrnodau&apos;r wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In half days (2.5 is two and a half days).</source>
        <translation type="unfinished">Fesul hanner diwrnod (2.5 yw dau ddiwrnod a hanner).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours a day:</source>
        <translation type="unfinished">Oriau&apos;r dydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days a week:</source>
        <translation type="unfinished">Diwrnodau&apos;r wythnos:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hours on {day}</source>
        <translation type="unfinished">Oriau ar {day}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For example: 20, 24, 0, 31.5 (the most recent last)</source>
        <translation type="unfinished">Er enghraifft: 20, 24, 0, 31.5 (yr un ddiweddaraf yn olaf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours in each past week</source>
        <translation type="unfinished">Oriau ym mhob wythnos a fu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 52 weeks, most recent last, separated by commas. Count a week you were employed but did not work as 0.</source>
        <translation type="unfinished">Hyd at 52 wythnos, yr un ddiweddaraf yn olaf, wedi&apos;u gwahanu gan atalnodau. Cyfrifwch wythnos pan oeddech yn gyflogedig ond heb weithio fel 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Past weeks&apos; hours:</source>
        <translation type="unfinished">Oriau&apos;r wythnosau a fu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual hours in a working day</source>
        <translation type="unfinished">Oriau arferol mewn diwrnod gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual day:</source>
        <translation type="unfinished">Diwrnod arferol:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not set yet: one week of leave is the time you normally work in a week.</source>
        <translation type="unfinished">Heb ei osod eto: wythnos o absenoldeb yw&apos;r amser rydych fel arfer yn ei weithio mewn wythnos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One week of carer&apos;s leave for you: {days} ({hours}).</source>
        <extracomment>{days} is &quot;5 days&quot;, {hours} is &quot;37.5 hours&quot;.</extracomment>
        <translation type="unfinished">Wythnos o absenoldeb gofalwr i chi: {days} ({hours}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write each past week&apos;s hours as a number, separated by commas.</source>
        <translation type="unfinished">Ysgrifennwch oriau pob wythnos a fu fel rhif, wedi&apos;u gwahanu gan atalnodau.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/leave_dialogs.py" line="-185"/>
        <source>Employer postponed the leave</source>
        <translation type="unfinished">Gohiriodd y cyflogwr yr absenoldeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the new dates your employer gave you.</source>
        <translation type="unfinished">Cofnodwch y dyddiadau newydd a roddodd eich cyflogwr i chi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An employer may postpone carer&apos;s leave only if your absence would unduly disrupt the business, and must let you take it within one month of the first day you asked for. You asked for: {days}.</source>
        <extracomment>{days} lists the days first asked for (&quot;Monday 3 June 2024, Tuesday 4 June 2024&quot;).</extracomment>
        <translation type="unfinished">Ni chaiff cyflogwr ohirio absenoldeb gofalwr oni bai y byddai eich absenoldeb yn tarfu&apos;n ormodol ar y busnes, a rhaid iddo adael i chi ei gymryd o fewn mis i&apos;r diwrnod cyntaf y gofynnoch amdano. Gofynnoch am: {days}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New dates</source>
        <translation type="unfinished">Dyddiadau newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New dates:</source>
        <translation type="unfinished">Dyddiadau newydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your employer told you</source>
        <translation type="unfinished">Pryd y dywedodd eich cyflogwr wrthych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Told on:</source>
        <translation type="unfinished">&amp;Dywedwyd ar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postponement check</source>
        <translation type="unfinished">Gwirio&apos;r gohirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the new dates keep to the one-month rule.</source>
        <translation type="unfinished">A yw&apos;r dyddiadau newydd yn cadw at y rheol un mis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record the postponement</source>
        <translation type="unfinished">Cofnodi&apos;r gohirio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving.</source>
        <translation type="unfinished">Cau heb gadw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the new dates your employer gave you.</source>
        <translation type="unfinished">Ychwanegwch y dyddiadau newydd a roddodd eich cyflogwr i chi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new dates are within one month (by {date}).</source>
        <translation type="unfinished">Mae&apos;r dyddiadau newydd o fewn mis (erbyn {date}).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="+159"/>
        <source>Check and save your request</source>
        <translation type="unfinished">Gwirio a chadw eich cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it through. Save it as a signed PDF (with your certificate) or as text to paste into an email; each copy goes in your sharing record.</source>
        <translation type="unfinished">Darllenwch ef drwyddo. Cadwch ef fel PDF wedi&apos;i lofnodi (gyda&apos;ch tystysgrif) neu fel testun i&apos;w ludo mewn e-bost; mae pob copi yn mynd i&apos;ch cofnod rhannu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your request</source>
        <translation type="unfinished">Eich cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter as it will be saved.</source>
        <translation type="unfinished">Y llythyr fel y caiff ei gadw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language of the letter</source>
        <translation type="unfinished">Iaith y llythyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s own words can be in your employer&apos;s language.</source>
        <translation type="unfinished">Gall geiriau&apos;r llythyr ei hun fod yn iaith eich cyflogwr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the letter:</source>
        <translation type="unfinished">&amp;Iaith y llythyr:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as signed &amp;PDF…</source>
        <translation type="unfinished">Cadw fel &amp;PDF wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as signed PDF</source>
        <translation type="unfinished">Cadw fel PDF wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF signed with your certificate.</source>
        <translation type="unfinished">PDF wedi&apos;i lofnodi gyda&apos;ch tystysgrif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as te&amp;xt…</source>
        <translation type="unfinished">Cadw fel &amp;testun…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as text</source>
        <translation type="unfinished">Cadw fel testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text, to paste into an email.</source>
        <translation type="unfinished">Testun plaen, i&apos;w ludo mewn e-bost.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whether the request was saved.</source>
        <translation type="unfinished">A gafodd y cais ei gadw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved as a draft. When you have sent it, record the date on the Requests page (it works out when the decision is due).</source>
        <translation type="unfinished">Wedi&apos;i gadw fel drafft. Pan fyddwch wedi&apos;i anfon, cofnodwch y dyddiad ar y dudalen Ceisiadau (mae&apos;n cyfrifo pryd mae&apos;r penderfyniad yn ddyledus).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished">Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your request</source>
        <translation type="unfinished">Cadw eich cais</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../carerpassport/ui/views/requests_view.py" line="+52"/>
        <source>Drafted</source>
        <extracomment>The column titles (translated where the table is made).</extracomment>
        <translation type="unfinished">Drafftiwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it stands</source>
        <translation type="unfinished">Ble mae pethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation type="unfinished">Anfonwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+160"/>
        <source>Decision due</source>
        <translation type="unfinished">Penderfyniad erbyn</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+15"/>
        <source>Flexible-working requests</source>
        <extracomment>The passport&apos;s agreed actions changed (the Agreed actions page refreshes).</extracomment>
        <translation type="unfinished">Ceisiadau gweithio hyblyg</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Your statutory requests to change your hours, times or place of work, and their outcome.</source>
        <translation type="unfinished">Eich ceisiadau statudol i newid eich oriau, eich amseroedd neu eich man gwaith, a&apos;u canlyniad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flexible-working requests page</source>
        <translation type="unfinished">Tudalen ceisiadau gweithio hyblyg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not legal advice</source>
        <translation type="unfinished">Nid cyngor cyfreithiol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether you can make a request now</source>
        <translation type="unfinished">A allwch wneud cais nawr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your requests</source>
        <translation type="unfinished">Eich ceisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row for each request; select one to see and record what happened.</source>
        <translation type="unfinished">Un rhes ar gyfer pob cais; dewiswch un i weld a chofnodi beth ddigwyddodd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New request…</source>
        <translation type="unfinished">Cais &amp;newydd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New request</source>
        <translation type="unfinished">Cais newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a statutory request from your passport.</source>
        <translation type="unfinished">Drafftio cais statudol o&apos;ch pasbort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit draft…</source>
        <translation type="unfinished">&amp;Golygu&apos;r drafft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit draft</source>
        <translation type="unfinished">Golygu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the selected draft, preview it and save it.</source>
        <translation type="unfinished">Parhau â&apos;r drafft a ddewiswyd, cael rhagolwg ohono a&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished">Cadw &amp;copi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy</source>
        <translation type="unfinished">Cadw copi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected request as a signed PDF or as text.</source>
        <translation type="unfinished">Cadw&apos;r cais a ddewiswyd fel PDF wedi&apos;i lofnodi neu fel testun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete draft</source>
        <translation type="unfinished">&amp;Dileu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete draft</source>
        <translation type="unfinished">Dileu&apos;r drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected draft (a sent request stays).</source>
        <translation type="unfinished">Dileu&apos;r drafft a ddewiswyd (mae cais a anfonwyd yn aros).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A request you made before using this app</source>
        <translation type="unfinished">Cais a wnaethoch cyn defnyddio&apos;r ap hwn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It counts towards the two a year, and your next letter must name it.</source>
        <translation type="unfinished">Mae&apos;n cyfrif tuag at y ddau y flwyddyn, a rhaid i&apos;ch llythyr nesaf ei enwi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier request made on</source>
        <translation type="unfinished">Cais cynharach a wnaed ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on:</source>
        <translation type="unfinished">Gwnaed ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still &amp;waiting for the decision</source>
        <translation type="unfinished">Dal i aros am y &amp;penderfyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still waiting for the decision</source>
        <translation type="unfinished">Dal i aros am y penderfyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add earlier re&amp;quest</source>
        <translation type="unfinished">Ychwanegu cais cyn&amp;harach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add earlier request</source>
        <translation type="unfinished">Ychwanegu cais cynharach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the date of a request made before.</source>
        <translation type="unfinished">Cofnodi dyddiad cais a wnaed o&apos;r blaen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened to the selected request</source>
        <translation type="unfinished">Beth ddigwyddodd i&apos;r cais a ddewiswyd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome of the last thing you recorded.</source>
        <translation type="unfinished">Canlyniad y peth olaf a gofnodwyd gennych.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent on</source>
        <translation type="unfinished">Anfonwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by e&amp;mail</source>
        <translation type="unfinished">Anfonwyd drwy &amp;e-bost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent by email</source>
        <translation type="unfinished">Anfonwyd drwy e-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By email it counts as made the day it was sent; otherwise the day your employer received it.</source>
        <translation type="unfinished">Drwy e-bost mae&apos;n cyfrif fel un a wnaed y diwrnod y&apos;i hanfonwyd; fel arall y diwrnod y cafodd eich cyflogwr ef.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received on (not by email)</source>
        <translation type="unfinished">Daeth i law ar (nid drwy e-bost)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on:</source>
        <translation type="unfinished">Daeth i law ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know when it was received</source>
        <translation type="unfinished">Rwy&apos;n gwybod pryd y daeth i law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;sent</source>
        <translation type="unfinished">C&amp;ofnodi anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record sent</source>
        <translation type="unfinished">Cofnodi anfon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent on:</source>
        <translation type="unfinished">Anfonwyd ar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extended to</source>
        <translation type="unfinished">Estynnwyd i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record e&amp;xtension</source>
        <translation type="unfinished">Cofnodi e&amp;styniad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record extension</source>
        <translation type="unfinished">Cofnodi estyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both of you agreed a later decision date.</source>
        <translation type="unfinished">Cytunodd y ddau ohonoch ar ddyddiad penderfynu diweddarach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ex&amp;tended to:</source>
        <translation type="unfinished">Es&amp;tynnwyd i:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting on</source>
        <translation type="unfinished">Cyfarfod ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Record meeting</source>
        <translation type="unfinished">Cofnodi cyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetin&amp;g on:</source>
        <translation type="unfinished">C&amp;yfarfod ar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Outcome</source>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished">Can&amp;lyniad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation type="unfinished">Penderfynwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec&amp;ided on:</source>
        <translation type="unfinished">Penderfynwyd &amp;ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial ends</source>
        <translation type="unfinished">Cyfnod prawf yn dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rial ends:</source>
        <translation type="unfinished">Cyfnod prawf yn dod i &amp;ben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The business reasons they gave</source>
        <translation type="unfinished">Y rhesymau busnes a roddwyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished">Rheswm: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Also update my agreed actions</source>
        <translation type="unfinished">Diweddaru fy nghamau gweithredu y cytunwyd arnynt hefyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted: the proposed flexible-working actions in the request become agreed, or one is added. Refused: they are marked declined, with the reasons.</source>
        <translation type="unfinished">Derbyniwyd: mae&apos;r camau gweithredu gweithio hyblyg a gynigiwyd yn y cais yn dod yn rhai y cytunwyd arnynt, neu ychwanegir un. Gwrthodwyd: cânt eu nodi fel rhai a wrthodwyd, gyda&apos;r rhesymau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One new version of your passport; you can undo it from History.</source>
        <translation type="unfinished">Un fersiwn newydd o&apos;ch pasbort; gallwch ei ddadwneud o&apos;r Hanes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record o&amp;utcome</source>
        <translation type="unfinished">Co&amp;fnodi&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record outcome</source>
        <translation type="unfinished">Cofnodi&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appeal</source>
        <translation type="unfinished">Apêl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appealed on</source>
        <translation type="unfinished">Apeliwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ppealed on:</source>
        <translation type="unfinished">Apel&amp;iwyd ar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appeal outcome</source>
        <translation type="unfinished">Canlyniad yr apêl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal outcome:</source>
        <translation type="unfinished">Canlyniad yr apêl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal decided on</source>
        <translation type="unfinished">Penderfynwyd ar yr apêl ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal decided on:</source>
        <translation type="unfinished">Penderfynwyd ar yr apêl ar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;appeal</source>
        <translation type="unfinished">Cofnodi&apos;&amp;r apêl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record appeal</source>
        <translation type="unfinished">Cofnodi&apos;r apêl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You can make a new request now.</source>
        <translation type="unfinished">Gallwch wneud cais newydd nawr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not yet</source>
        <translation type="unfinished">Ddim eto</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select a request to record what happened to it.</source>
        <translation type="unfinished">Dewiswch gais i gofnodi beth ddigwyddodd iddo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Meeting: {date}.</source>
        <translation type="unfinished">Cyfarfod: {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: {outcome} on {date}</source>
        <translation type="unfinished">Canlyniad: {outcome} ar {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, trial ends {date}</source>
        <translation type="unfinished">, y cyfnod prawf yn dod i ben {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appeal made on {date}: {outcome}.</source>
        <translation type="unfinished">Apêl a wnaed ar {date}: {outcome}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recorded as sent.</source>
        <translation type="unfinished">Wedi&apos;i gofnodi fel un a anfonwyd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier request recorded.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r cais cynharach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension recorded.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r estyniad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting recorded. You may bring a colleague or a trade union representative.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r cyfarfod. Cewch ddod â chydweithiwr neu gynrychiolydd undeb llafur.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outcome recorded.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r canlyniad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome recorded, and your agreed actions updated (version {number}; undo it from History).</source>
        <translation type="unfinished">Wedi cofnodi&apos;r canlyniad, ac wedi diweddaru eich camau gweithredu y cytunwyd arnynt (fersiwn {number}; gallwch ei ddadwneud o&apos;r Hanes).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appeal recorded.</source>
        <translation type="unfinished">Wedi cofnodi&apos;r apêl.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft deleted.</source>
        <translation type="unfinished">Wedi dileu&apos;r drafft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save your request</source>
        <translation type="unfinished">Cadw eich cais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed PDF (*.pdf);;Text (*.txt)</source>
        <translation type="unfinished">PDF wedi&apos;i lofnodi (*.pdf);;Testun (*.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}; it is in your sharing record.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}; mae yn eich cofnod rhannu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <extracomment>{reason} is a sentence saying why (&quot;The disk is full.&quot;).</extracomment>
        <translation type="unfinished">Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request could not be saved.</source>
        <translation type="unfinished">Nid oedd modd cadw&apos;r cais.</translation>
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
    <name>UnlockDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/unlock.py" line="+73"/>
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
        <location line="+27"/>
        <source>The passport could not be opened.</source>
        <translation type="unfinished">Nid oedd modd agor y pasbort.</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/flexible_request_wizard.py" line="-343"/>
        <source>A statutory flexible-working request</source>
        <translation type="unfinished">Cais gweithio hyblyg statudol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In England, Wales and Scotland you can ask to change your hours, times or place of work from your first day: two requests in any 12 months, one at a time.</source>
        <translation type="unfinished">Yng Nghymru, Lloegr a&apos;r Alban gallwch ofyn am newid eich oriau, eich amseroedd neu eich man gwaith o&apos;ch diwrnod cyntaf: dau gais mewn unrhyw 12 mis, un ar y tro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where you work</source>
        <translation type="unfinished">Ble rydych yn gweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules are different in Northern Ireland.</source>
        <translation type="unfinished">Mae&apos;r rheolau&apos;n wahanol yng Ngogledd Iwerddon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where you work:</source>
        <translation type="unfinished">&amp;Ble rydych yn gweithio:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether you can make a request now</source>
        <translation type="unfinished">A allwch wneud cais nawr</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You can make a request now. Next, choose what from your passport to include.</source>
        <translation type="unfinished">Gallwch wneud cais nawr. Nesaf, dewiswch beth o&apos;ch pasbort i&apos;w gynnwys.</translation>
    </message>
</context>
<context>
    <name>WordsPage</name>
    <message>
        <location line="+164"/>
        <source>Your words</source>
        <translation type="unfinished">Eich geiriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit each part for your employer. Your passport itself does not change.</source>
        <translation type="unfinished">Golygwch bob rhan ar gyfer eich cyflogwr. Nid yw eich pasbort ei hun yn newid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parts of your request</source>
        <translation type="unfinished">Rhannau o&apos;ch cais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You chose nothing from your passport; the letter has the change and its date.</source>
        <translation type="unfinished">Ni ddewisoch ddim o&apos;ch pasbort; mae&apos;r newid a&apos;i ddyddiad yn y llythyr.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your words for this part of the request.</source>
        <translation type="unfinished">Eich geiriau ar gyfer y rhan hon o&apos;r cais.</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location line="-264"/>
        <source>Scroll to see the whole page.</source>
        <translation type="unfinished">Sgroliwch i weld y dudalen gyfan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not legal advice</source>
        <translation type="unfinished">Nid cyngor cyfreithiol</translation>
    </message>
</context>
</TS>
