<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/review_wizard.py" line="+274"/>
        <source>Your sharing agreement</source>
        <translation type="unfinished">Eich cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does it still hold?</source>
        <translation type="unfinished">Ydy e&apos;n dal yn wir?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sharing agreement now</source>
        <translation type="unfinished">Eich cytundeb rhannu nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who else may be given your passport, and how long your manager keeps their copy.</source>
        <translation type="unfinished">Pwy arall all gael eich pasbort, a pha mor hir y mae eich rheolwr yn cadw ei gopi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When you finish the review, the Passport page opens so you can change the agreement; then export again for your manager.</source>
        <translation type="unfinished">Pan fyddwch chi&apos;n gorffen yr adolygiad, bydd tudalen y Pasbort yn agor er mwyn i chi newid y cytundeb; yna allforiwch eto i&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your manager keeps their copy: {until}</source>
        <translation type="unfinished">Mae eich rheolwr yn cadw ei gopi: {until}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is included in what you export.</source>
        <translation type="unfinished">Mae wedi&apos;i gynnwys yn yr hyn rydych chi&apos;n ei allforio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not included in what you export.</source>
        <translation type="unfinished">Nid yw wedi&apos;i gynnwys yn yr hyn rydych chi&apos;n ei allforio.</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/countersign_dialog.py" line="+88"/>
        <source>Countersign a passport</source>
        <extracomment>How long typing pauses before the comment&apos;s draft is kept (it is kept on cancel and close as well). Emitted with the :class:`CountersignResult` once the countersigned copy is saved. The passport file whose comment is being written (its SHA-256), while it is not signed.</extracomment>
        <translation type="unfinished">Cydlofnodi pasbort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager mode: check an employee&apos;s signed passport, add your comment and countersign it with your own identity.</source>
        <translation type="unfinished">Modd rheolwr: gwirio pasbort wedi&apos;i lofnodi gan gyflogai, ychwanegu eich sylw a&apos;i gydlofnodi â&apos;ch hunaniaeth eich hun.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The passport and your countersignature</source>
        <translation type="unfinished">Y pasbort a&apos;ch cydlofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to see all of it; the buttons stay below.</source>
        <translation type="unfinished">Sgroliwch i weld y cyfan; mae&apos;r botymau&apos;n aros isod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the passport PDF your employee sent you. It is checked first: who signed it and that nothing was changed since.</source>
        <translation type="unfinished">Agorwch y PDF pasbort a anfonodd eich cyflogai atoch. Caiff ei wirio yn gyntaf: pwy a&apos;i llofnododd ac nad oes dim wedi newid ers hynny.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open PDF…</source>
        <translation type="unfinished">&amp;Agor PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open PDF</source>
        <translation type="unfinished">Agor PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the employee&apos;s signed passport PDF.</source>
        <translation type="unfinished">Dewiswch PDF pasbort y cyflogai sydd wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened file</source>
        <translation type="unfinished">Y ffeil a agorwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The employee&apos;s passport PDF.</source>
        <translation type="unfinished">PDF pasbort y cyflogai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file opened</source>
        <translation type="unfinished">Dim ffeil wedi&apos;i hagor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation type="unfinished">Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown while the file is checked or signed.</source>
        <translation type="unfinished">Yn cael ei ddangos tra bo&apos;r ffeil yn cael ei gwirio neu ei llofnodi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation type="unfinished">Gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signed the passport and whether it is intact.</source>
        <translation type="unfinished">Pwy a lofnododd y pasbort ac a yw&apos;n gyfan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passport is shown here once it is opened and checked.</source>
        <translation type="unfinished">Bydd y pasbort yn cael ei ddangos yma ar ôl iddo gael ei agor a&apos;i wirio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For example: Agreed as discussed on 12 November; we review in a year.</source>
        <translation type="unfinished">Er enghraifft: Cytunwyd fel y trafodwyd ar 12 Tachwedd; byddwn yn adolygu ymhen blwyddyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment</source>
        <translation type="unfinished">Eich sylw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your comment as line manager (at most {count} characters). It is kept in your vault until you countersign, even if you cancel.</source>
        <translation type="unfinished">Eich sylw fel rheolwr llinell ({count} nod ar y mwyaf). Caiff ei gadw yn eich storfa nes i chi gydlofnodi, hyd yn oed os byddwch chi&apos;n diddymu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your name</source>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as it appears beside your signature.</source>
        <translation type="unfinished">Eich enw fel y mae&apos;n ymddangos wrth ymyl eich llofnod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy in my vault (only I can open it)</source>
        <translation type="unfinished">Cadw copi yn fy storfa (dim ond fi all ei agor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy</source>
        <translation type="unfinished">Cadw copi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the countersigned copy in your own encrypted vault.</source>
        <translation type="unfinished">Cadw&apos;r copi wedi&apos;i gydlofnodi yn eich storfa eich hun sydd wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;comment:</source>
        <translation type="unfinished">Eich &amp;sylw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished">Eich &amp;enw:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress and problems.</source>
        <translation type="unfinished">Cynnydd a phroblemau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Countersign and &amp;save…</source>
        <translation type="unfinished">Cydlofnodi a &amp;chadw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countersign and save</source>
        <translation type="unfinished">Cydlofnodi a chadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with your identity and save the countersigned copy.</source>
        <translation type="unfinished">Llofnodi â&apos;ch hunaniaeth a chadw&apos;r copi wedi&apos;i gydlofnodi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without signing; your comment is kept for next time.</source>
        <translation type="unfinished">Cau heb lofnodi; caiff eich sylw ei gadw ar gyfer y tro nesaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read it once more, add your comment and countersign it with your own identity.</source>
        <translation type="unfinished">Darllenwch ef unwaith eto, ychwanegwch eich sylw a&apos;i gydlofnodi â&apos;ch hunaniaeth eich hun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the employee&apos;s passport PDF</source>
        <translation type="unfinished">Agor PDF pasbort y cyflogai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed by {name}; certificate fingerprint {fingerprint}. Unchanged since it was signed. {familiarity}</source>
        <extracomment>{familiarity} is a sentence on whether you know this certificate already.</extracomment>
        <translation type="unfinished">Wedi&apos;i lofnodi gan {name}; ôl bys y dystysgrif {fingerprint}. Heb newid ers ei lofnodi. {familiarity}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your comment from last time is back; it was not signed yet.</source>
        <translation type="unfinished">Mae eich sylw o&apos;r tro diwethaf yn ôl; nid yw wedi&apos;i lofnodi eto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your comment could not be kept for later: {reason}</source>
        <translation type="unfinished">Nid oedd modd cadw eich sylw ar gyfer yn nes ymlaen: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>employee</source>
        <translation type="unfinished">cyflogai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} passport</source>
        <extracomment>The start of a file&apos;s name, for example &quot;Siân Jones passport&quot;.</extracomment>
        <translation type="unfinished">pasbort {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the countersigned copy</source>
        <extracomment>A file&apos;s name; {stem} is the opened file&apos;s name without &quot;.pdf&quot;.</extracomment>
        <translation type="unfinished">Cadw&apos;r copi wedi&apos;i gydlofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stem}-countersigned.pdf</source>
        <translation type="unfinished">{stem}-wedi-cydlofnodi.pdf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signing…</source>
        <translation type="unfinished">Wrthi&apos;n llofnodi…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Countersigned and saved to {path}. Give it back to {name}.</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi a&apos;i gadw yn {path}. Rhowch ef yn ôl i {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is kept in your vault.</source>
        <translation type="unfinished">Mae copi wedi&apos;i gadw yn eich storfa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not use the file: {reason}.</source>
        <translation type="unfinished">Nid oedd modd defnyddio&apos;r ffeil: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was signed.</source>
        <translation type="unfinished">Ni lofnodwyd dim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was not checked.</source>
        <translation type="unfinished">Ni chafodd y ffeil ei gwirio.</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/fingerprint_view.py" line="+22"/>
        <source>Help › My identity</source>
        <translation type="unfinished">Help › Fy hunaniaeth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>them</source>
        <translation type="unfinished">nhw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (typed on the form as “{typed}”)</source>
        <extracomment>{name} is the name in the certificate, {typed} the name typed on the form.</extracomment>
        <translation type="unfinished">{name} (wedi&apos;i deipio ar y ffurflen fel “{typed}”)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fingerprint words</source>
        <translation type="unfinished">Geiriau&apos;r ôl bys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint in groups of four</source>
        <translation type="unfinished">Yr ôl bys mewn grwpiau o bedwar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your fingerprint</source>
        <translation type="unfinished">Eich ôl bys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read these eight words to the other person, in person or by phone; they compare them with what their app shows for you. They find their own in their app: {where}.</source>
        <translation type="unfinished">Darllenwch yr wyth gair hyn i&apos;r person arall, wyneb yn wyneb neu dros y ffôn; maen nhw&apos;n eu cymharu â&apos;r hyn y mae eu ap yn ei ddangos amdanoch chi. Maen nhw&apos;n dod o hyd i&apos;w rhai eu hunain yn eu ap: {where}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the other person</source>
        <translation type="unfinished">y person arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: fingerprint of the certificate they signed with</source>
        <translation type="unfinished">{name}: ôl bys y dystysgrif y gwnaethon nhw lofnodi â hi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask {who} to open {where} in their app and read you their eight words: they must be exactly these, in this order. If any word differs, someone else signed this copy.</source>
        <translation type="unfinished">Gofynnwch i {who} agor {where} yn eu ap a darllen eu hwyth gair i chi: rhaid iddyn nhw fod yn union y rhain, yn y drefn hon. Os oes unrhyw air yn wahanol, rhywun arall a lofnododd y copi hwn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Words: {words}. Groups: {groups}. {where}</source>
        <translation type="unfinished">Geiriau: {words}. Grwpiau: {groups}. {where}</translation>
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
    <name>IntroPage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/review_wizard.py" line="-201"/>
        <source>Review your passport</source>
        <extracomment>Where a page lays out its content, below its subtitle.</extracomment>
        <translation type="unfinished">Adolygu eich pasbort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review at least every 12 months, and whenever your caring, health, role or manager changes.</source>
        <translation type="unfinished">Adolygwch o leiaf bob 12 mis, a phryd bynnag y bydd eich gofalu, eich iechyd, eich rôl neu eich rheolwr yn newid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Discard my earlier answers and start again</source>
        <translation type="unfinished">&amp;Taflu fy atebion cynharach a dechrau eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the review again</source>
        <translation type="unfinished">Dechrau&apos;r adolygiad eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget what you marked in the unfinished review.</source>
        <translation type="unfinished">Anghofio&apos;r hyn a nodoch yn yr adolygiad heb ei orffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regular review</source>
        <translation type="unfinished">Adolygiad rheolaidd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The passport is due for its review.</source>
        <translation type="unfinished">Mae&apos;n bryd adolygu&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My circumstances changed</source>
        <translation type="unfinished">Mae fy amgylchiadau wedi newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something changed in your caring, health, role or manager.</source>
        <translation type="unfinished">Mae rhywbeth wedi newid yn eich gofalu, eich iechyd, eich rôl neu eich rheolwr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is &amp;time for my regular review</source>
        <translation type="unfinished">Mae&apos;n &amp;bryd am fy adolygiad rheolaidd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;circumstances changed</source>
        <translation type="unfinished">Mae fy &amp;amgylchiadau wedi newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: my caring hours went up</source>
        <translation type="unfinished">Er enghraifft: mae fy oriau gofalu wedi codi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a few words, what changed? For example: my caring hours went up</source>
        <translation type="unfinished">Mewn ychydig eiriau, beth sydd wedi newid? Er enghraifft: mae fy oriau gofalu wedi codi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation type="unfinished">Beth sydd wedi newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words for your own record.</source>
        <translation type="unfinished">Ychydig eiriau ar gyfer eich cofnod eich hun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For each answer and agreed action you will be asked: is this still true? Choose “still true”, “changed” (and write what is true now) or “no longer applies”.</source>
        <translation type="unfinished">Ar gyfer pob ateb a cham gweithredu y cytunwyd arno, gofynnir i chi: ydy hyn yn dal yn wir? Dewiswch “yn dal yn wir”, “wedi newid” (ac ysgrifennwch beth sy&apos;n wir nawr) neu “nid yw&apos;n berthnasol mwyach”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You started a review on {day} and marked {marked} of {count} items. Continue where you stopped, or start again.</source>
        <translation type="unfinished">Fe ddechreuoch chi adolygiad ar {day} a nodi {marked} o {count} eitem. Ewch ymlaen o&apos;r fan lle gwnaethoch chi stopio, neu dechreuwch eto.</translation>
    </message>
</context>
<context>
    <name>ItemBox</name>
    <message>
        <location line="+33"/>
        <source>Agreed action</source>
        <translation type="unfinished">Cam gweithredu y cytunwyd arno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now: {label}</source>
        <translation type="unfinished">Nawr: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review date: {day}</source>
        <translation type="unfinished">Dyddiad adolygu: {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{verdict}: {label}</source>
        <translation type="unfinished">{verdict}: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this still true?</source>
        <translation type="unfinished">Ydy hyn yn dal yn wir?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is true now: {label}</source>
        <translation type="unfinished">Beth sy&apos;n wir nawr: {label}</translation>
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
    <name>PassportPreview</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/passport_preview.py" line="+24"/>
        <source>This version, read only</source>
        <translation type="unfinished">Y fersiwn hon, i&apos;w darllen yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole passport as it was in the chosen version. It cannot be changed here; use Restore this version to make it current again.</source>
        <translation type="unfinished">Y pasbort cyfan fel yr oedd yn y fersiwn a ddewiswyd. Nid oes modd ei newid yma; defnyddiwch Adfer y fersiwn hon i&apos;w gwneud yn gyfredol eto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation type="unfinished">Teitl swydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation type="unfinished">Tîm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff number</source>
        <translation type="unfinished">Rhif staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation type="unfinished">Cyswllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not filled in)</source>
        <translation type="unfinished">(heb ei lenwi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation type="unfinished">Chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your line manager</source>
        <translation type="unfinished">Eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation type="unfinished">Dim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shared with manager</source>
        <translation type="unfinished">Wedi&apos;i rannu â&apos;r rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Private</source>
        <translation type="unfinished">Preifat</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not answered</source>
        <translation type="unfinished">Heb ei ateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed actions</source>
        <translation type="unfinished">Camau gweithredu y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared</source>
        <translation type="unfinished">Wedi&apos;i rannu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} · {status} · who: {owner} · agreed {agreed} · start by {start} · review {review}</source>
        <extracomment>One agreed action&apos;s details; {kind} and {status} are words such as &quot;Leave&quot; and &quot;Agreed&quot;, the rest dates.</extracomment>
        <translation type="unfinished">{kind} · {status} · pwy: {owner} · cytunwyd {agreed} · dechrau erbyn {start} · adolygu {review}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private notes (never exported)</source>
        <translation type="unfinished">Nodiadau preifat (byth yn cael eu hallforio)</translation>
    </message>
</context>
<context>
    <name>PassportReader</name>
    <message>
        <location filename="../../carerpassport/ui/views/passport_reader.py" line="+57"/>
        <source>The passport, read only</source>
        <translation type="unfinished">Y pasbort, i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything the employee&apos;s PDF shows: what they shared, the agreed actions, the review dates and who signed. Tab moves from one part to the next.</source>
        <translation type="unfinished">Popeth y mae PDF y cyflogai yn ei ddangos: yr hyn a rannodd, y camau gweithredu y cytunwyd arnynt, y dyddiadau adolygu a phwy a lofnododd. Mae Tab yn symud o un rhan i&apos;r nesaf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passport</source>
        <extracomment>Every text label, in reading (and Tab) order; tests and the accessibility walker read them. The answer shown for each question id, the block shown for each action id.</extracomment>
        <translation type="unfinished">Y pasbort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The employee&apos;s passport; it scrolls to the part that has the focus.</source>
        <translation type="unfinished">Pasbort y cyflogai; mae&apos;n sgrolio i&apos;r rhan sydd â&apos;r ffocws.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verdict</source>
        <translation type="unfinished">Dyfarniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether this file can be relied on.</source>
        <translation type="unfinished">A oes modd dibynnu ar y ffeil hon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another problem</source>
        <translation type="unfinished">Problem arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A further reason not to rely on this file.</source>
        <translation type="unfinished">Rheswm arall dros beidio â dibynnu ar y ffeil hon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy</source>
        <translation type="unfinished">Y copi hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded in this file</source>
        <translation type="unfinished">heb ei gofnodi yn y ffeil hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared with: {recipient}</source>
        <translation type="unfinished">Wedi&apos;i rannu â: {recipient}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with</source>
        <translation type="unfinished">Wedi&apos;i rannu â</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the employee prepared this copy for.</source>
        <translation type="unfinished">Ar gyfer pwy y paratôdd y cyflogai y copi hwn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose of sharing: {purpose}</source>
        <translation type="unfinished">Diben rhannu: {purpose}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>not given</source>
        <translation type="unfinished">heb ei roi</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Purpose of sharing</source>
        <translation type="unfinished">Diben rhannu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the employee shared it.</source>
        <translation type="unfinished">Pam y rhannodd y cyflogai ef.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared on {day}, revision {revision}</source>
        <extracomment>{day} is a date (&quot;1 December 2026&quot;) or &quot;not recorded in this file&quot;; {revision} a number.</extracomment>
        <translation type="unfinished">Wedi&apos;i baratoi ar {day}, fersiwn {revision}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared on {day}</source>
        <translation type="unfinished">Wedi&apos;i baratoi ar {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on</source>
        <translation type="unfinished">Wedi&apos;i baratoi ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day the employee exported this copy, and which revision of their passport.</source>
        <translation type="unfinished">Y diwrnod yr allforiodd y cyflogai y copi hwn, a pha fersiwn o&apos;i basbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee and line manager</source>
        <translation type="unfinished">Cyflogai a rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+47"/>
        <source>Employee</source>
        <translation type="unfinished">Cyflogai</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The employee, as the passport names them.</source>
        <translation type="unfinished">Y cyflogai, fel y mae&apos;r pasbort yn ei enwi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+141"/>
        <source>Line manager</source>
        <translation type="unfinished">Rheolwr llinell</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The line manager, as the employee&apos;s passport names them.</source>
        <translation type="unfinished">Y rheolwr llinell, fel y mae pasbort y cyflogai yn ei enwi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A question of the passport.</source>
        <translation type="unfinished">Un o gwestiynau&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The employee&apos;s answer.</source>
        <translation type="unfinished">Ateb y cyflogai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Answers</source>
        <translation type="unfinished">Atebion</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No answers were shared in this copy of the passport.</source>
        <translation type="unfinished">Ni rannwyd unrhyw atebion yn y copi hwn o&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy shares no answers.</source>
        <translation type="unfinished">Nid yw&apos;r copi hwn yn rhannu unrhyw atebion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Agreed actions</source>
        <translation type="unfinished">Camau gweithredu y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Action: {what}</source>
        <translation type="unfinished">Cam gweithredu: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was agreed, its kind, status and dates.</source>
        <translation type="unfinished">Beth y cytunwyd arno, ei fath, ei statws a&apos;i ddyddiadau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreed actions were shared in this copy of the passport.</source>
        <translation type="unfinished">Ni rannwyd unrhyw gamau gweithredu y cytunwyd arnynt yn y copi hwn o&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy shares no agreed actions.</source>
        <translation type="unfinished">Nid yw&apos;r copi hwn yn rhannu unrhyw gamau gweithredu y cytunwyd arnynt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation type="unfinished">Adolygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet agreed</source>
        <translation type="unfinished">heb gytuno arno eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished">heb ei osod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last agreed: {last}
Next review: {next}</source>
        <translation type="unfinished">Cytunwyd ddiwethaf: {last}
Adolygiad nesaf: {next}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review dates</source>
        <translation type="unfinished">Dyddiadau adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the passport was last agreed and when it is next reviewed.</source>
        <translation type="unfinished">Pryd y cytunwyd ar y pasbort ddiwethaf a phryd y caiff ei adolygu nesaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This copy does not include the employee&apos;s sharing agreement. Share it with nobody else without their consent.</source>
        <translation type="unfinished">Nid yw&apos;r copi hwn yn cynnwys cytundeb rhannu&apos;r cyflogai. Peidiwch â&apos;i rannu ag unrhyw un arall heb ei gydsyniad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing agreement</source>
        <translation type="unfinished">Cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who else the employee agrees may be given this passport, and when, and how long you keep your copy.</source>
        <translation type="unfinished">Pwy arall y mae&apos;r cyflogai yn cytuno all gael y pasbort hwn, a phryd, a pha mor hir rydych chi&apos;n cadw eich copi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signatures</source>
        <translation type="unfinished">Llofnodion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employee&apos;s signature</source>
        <translation type="unfinished">Llofnod y cyflogai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signed as the employee, with which certificate, and whether the signature holds.</source>
        <translation type="unfinished">Pwy a lofnododd fel y cyflogai, â pha dystysgrif, ac a yw&apos;r llofnod yn dal yn ddilys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line manager: not countersigned yet.</source>
        <translation type="unfinished">Rheolwr llinell: heb ei gydlofnodi eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Line manager&apos;s signature</source>
        <translation type="unfinished">Llofnod y rheolwr llinell</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nobody has countersigned this copy.</source>
        <translation type="unfinished">Nid oes neb wedi cydlofnodi&apos;r copi hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who countersigned, their comment, and whether the signature holds.</source>
        <translation type="unfinished">Pwy a gydlofnododd, eu sylw, ac a yw&apos;r llofnod yn dal yn ddilys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something about this file worth knowing.</source>
        <translation type="unfinished">Rhywbeth am y ffeil hon sy&apos;n werth ei wybod.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A part of the passport.</source>
        <translation type="unfinished">Rhan o&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>staff number {number}</source>
        <translation type="unfinished">rhif staff {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {details}</source>
        <extracomment>{title} is &quot;Employee&quot; or &quot;Line manager&quot;; {details} their name, job title, team and contact.</extracomment>
        <translation type="unfinished">{title}: {details}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>who: {owner}</source>
        <translation type="unfinished">pwy: {owner}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why declined: {reason}</source>
        <translation type="unfinished">Pam y&apos;i gwrthodwyd: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed {day}</source>
        <translation type="unfinished">Cytunwyd {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start by {day}</source>
        <translation type="unfinished">Dechrau erbyn {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review {day}</source>
        <translation type="unfinished">Adolygu {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time not recorded</source>
        <translation type="unfinished">amser heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: {name}, signed {when}
Certificate fingerprint: {fingerprint}
{verdict}</source>
        <extracomment>{title} is &quot;Employee&quot; or &quot;Line manager&quot;; {when} a date and time; {verdict} a sentence on the signature.</extracomment>
        <translation type="unfinished">{title}: {name}, wedi&apos;i lofnodi {when}
Ôl bys y dystysgrif: {fingerprint}
{verdict}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name in the certificate</source>
        <translation type="unfinished">dim enw yn y dystysgrif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name typed beside the signature: {name}</source>
        <translation type="unfinished">Enw wedi&apos;i deipio wrth ymyl y llofnod: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countersigned on {day}</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi ar {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment: {comment}</source>
        <translation type="unfinished">Sylw: {comment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comment.</source>
        <translation type="unfinished">Dim sylw.</translation>
    </message>
</context>
<context>
    <name>ReaderDialog</name>
    <message>
        <location line="+16"/>
        <source>{name}&apos;s passport</source>
        <extracomment>Emitted with the :class:`~carerpassport.exchange.countersign.CountersignResult` once countersigned.</extracomment>
        <translation type="unfinished">Pasbort {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An employee&apos;s passport</source>
        <translation type="unfinished">Pasbort cyflogai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passport you received, read only: what the employee shared and who signed it.</source>
        <translation type="unfinished">Pasbort a gawsoch, i&apos;w ddarllen yn unig: yr hyn a rannodd y cyflogai a phwy a&apos;i llofnododd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the employee shared with you, as their signed PDF shows it. Nothing here can be changed; Show pages shows the PDF itself.</source>
        <translation type="unfinished">Yr hyn a rannodd y cyflogai â chi, fel y mae ei PDF wedi&apos;i lofnodi yn ei ddangos. Nid oes modd newid dim yma; mae Dangos y tudalennau yn dangos y PDF ei hun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened, or why this passport cannot be countersigned.</source>
        <translation type="unfinished">Beth ddigwyddodd, neu pam nad oes modd cydlofnodi&apos;r pasbort hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;pages</source>
        <translation type="unfinished">Dangos y &amp;tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show pages</source>
        <translation type="unfinished">Dangos y tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF&apos;s pages as the employee&apos;s file draws them.</source>
        <translation type="unfinished">Tudalennau&apos;r PDF fel y mae ffeil y cyflogai yn eu llunio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Countersign…</source>
        <translation type="unfinished">&amp;Cydlofnodi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countersign</source>
        <translation type="unfinished">Cydlofnodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add your comment and countersign this passport with your own identity.</source>
        <translation type="unfinished">Ychwanegwch eich sylw a chydlofnodi&apos;r pasbort hwn â&apos;ch hunaniaeth eich hun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Ca&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the passport.</source>
        <translation type="unfinished">Cau&apos;r pasbort.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Countersigned. The countersigned copy is the one to give back to the employee.</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi. Y copi wedi&apos;i gydlofnodi yw&apos;r un i&apos;w roi yn ôl i&apos;r cyflogai.</translation>
    </message>
</context>
<context>
    <name>ReceivedView</name>
    <message>
        <location filename="../../carerpassport/ui/views/received_view.py" line="+54"/>
        <source>Employee</source>
        <translation type="unfinished">Cyflogai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation type="unfinished">Fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation type="unfinished">Cytunwyd ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review due</source>
        <translation type="unfinished">Adolygiad nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Passports you hold</source>
        <translation type="unfinished">Pasbortau sydd gennych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each passport belongs to the employee, who chose to share it with you. Keep it where only you can open it (here, in your encrypted vault) and do not pass it on without their consent. Delete your copy when the employee withdraws consent or moves on.</source>
        <translation type="unfinished">Mae pob pasbort yn perthyn i&apos;r cyflogai, a ddewisodd ei rannu â chi. Cadwch ef lle mai dim ond chi all ei agor (yma, yn eich storfa wedi&apos;i hamgryptio) a pheidiwch â&apos;i basio ymlaen heb ei gydsyniad. Dilëwch eich copi pan fydd y cyflogai yn tynnu ei gydsyniad yn ôl neu&apos;n symud ymlaen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;&lt;b&gt;Your first steps as a manager&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Share your identity card with your team&lt;/b&gt; (Help › My identity…, or “My identity card…” below), so they can send you an encrypted copy only you can open.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Open a passport you were sent&lt;/b&gt;: a signed PDF (“Open a passport PDF…”) or an encrypted copy (“Open encrypted copy…”). It is checked first: who signed it and that nothing changed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read it and countersign&lt;/b&gt; it with your comment; give the countersigned copy back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep or delete your copy&lt;/b&gt;: keep it here while you manage them; delete it when they withdraw consent or move on.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>Rich text: keep the tags; “…” name buttons of this page and Help › My identity… a menu entry.</extracomment>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Eich camau cyntaf fel rheolwr&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Rhannwch eich cerdyn adnabod â&apos;ch tîm&lt;/b&gt; (Help › Fy hunaniaeth…, neu “Fy ngherdyn adnabod…” isod), er mwyn iddyn nhw allu anfon copi wedi&apos;i amgryptio atoch chi y gallwch chi yn unig ei agor.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agorwch basbort a anfonwyd atoch&lt;/b&gt;: PDF wedi&apos;i lofnodi (“Agor PDF pasbort…”) neu gopi wedi&apos;i amgryptio (“Agor copi wedi&apos;i amgryptio…”). Caiff ei wirio yn gyntaf: pwy a&apos;i llofnododd ac nad oes dim wedi newid.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Darllenwch ef a&apos;i gydlofnodi&lt;/b&gt; gyda&apos;ch sylw; rhowch y copi wedi&apos;i gydlofnodi yn ôl.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cadwch neu dilëwch eich copi&lt;/b&gt;: cadwch ef yma tra byddwch chi&apos;n eu rheoli; dilëwch ef pan fyddan nhw&apos;n tynnu eu cydsyniad yn ôl neu&apos;n symud ymlaen.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The passports your team shared with you: read, countersign or delete them.</source>
        <extracomment>Asks the window to open a feature dialog by class name (``OpenBundleDialog``, ``IdentityDialog``). The last reader and countersign dialog opened from here (tests drive them). The question asked before deleting a copy, while it shows.</extracomment>
        <translation type="unfinished">Y pasbortau a rannodd eich tîm â chi: darllenwch, cydlofnodwch neu dilëwch nhw.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Held passports list</source>
        <translation type="unfinished">Rhestr y pasbortau sydd gennych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row for each passport you hold; select one, then Open, Countersign or Delete my copy.</source>
        <translation type="unfinished">Un rhes ar gyfer pob pasbort sydd gennych; dewiswch un, yna Agor, Cydlofnodi neu Dileu fy nghopi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sharing agreement of the selected passport</source>
        <translation type="unfinished">Cytundeb rhannu&apos;r pasbort a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who else the employee agreed may be given their passport, and how long to keep your copy.</source>
        <translation type="unfinished">Pwy arall y cytunodd y cyflogai all gael ei basbort, a pha mor hir i gadw eich copi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your first steps as a manager</source>
        <translation type="unfinished">Eich camau cyntaf fel rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share your identity card, open a passport you were sent, countersign it, keep or delete your copy.</source>
        <translation type="unfinished">Rhannwch eich cerdyn adnabod, agorwch basbort a anfonwyd atoch, cydlofnodwch ef, cadwch neu dilëwch eich copi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outcome of the last thing you did here.</source>
        <translation type="unfinished">Canlyniad y peth diwethaf a wnaethoch chi yma.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Open</source>
        <translation type="unfinished">&amp;Agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation type="unfinished">Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the selected passport (read-only).</source>
        <translation type="unfinished">Darllen y pasbort a ddewiswyd (i&apos;w ddarllen yn unig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countersign…</source>
        <translation type="unfinished">&amp;Cydlofnodi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countersign</source>
        <translation type="unfinished">Cydlofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your comment and countersign the selected passport.</source>
        <translation type="unfinished">Ychwanegu eich sylw a chydlofnodi&apos;r pasbort a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete my copy…</source>
        <translation type="unfinished">&amp;Dileu fy nghopi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete my copy</source>
        <translation type="unfinished">Dileu fy nghopi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete your copy of the selected passport from your vault.</source>
        <translation type="unfinished">Dileu eich copi o&apos;r pasbort a ddewiswyd o&apos;ch storfa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished">Cadw c&amp;opi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy</source>
        <translation type="unfinished">Cadw copi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected passport as a PDF file.</source>
        <translation type="unfinished">Cadw&apos;r pasbort a ddewiswyd fel ffeil PDF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;back encrypted…</source>
        <translation type="unfinished">Anfon yn ôl wedi&apos;i a&amp;mgryptio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send back encrypted</source>
        <translation type="unfinished">Anfon yn ôl wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the countersigned passport back to the employee as an encrypted copy only they can open.</source>
        <translation type="unfinished">Anfon y pasbort wedi&apos;i gydlofnodi yn ôl i&apos;r cyflogai fel copi wedi&apos;i amgryptio y gall ef yn unig ei agor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a passport &amp;PDF…</source>
        <translation type="unfinished">Agor &amp;PDF pasbort…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a passport PDF</source>
        <translation type="unfinished">Agor PDF pasbort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a signed passport PDF an employee gave you and keep it here.</source>
        <translation type="unfinished">Gwirio PDF pasbort wedi&apos;i lofnodi a roddodd cyflogai i chi a&apos;i gadw yma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;encrypted copy…</source>
        <translation type="unfinished">Agor copi wedi&apos;i amgr&amp;yptio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open encrypted copy</source>
        <translation type="unfinished">Agor copi wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an encrypted passport file an employee sent you.</source>
        <translation type="unfinished">Agor ffeil pasbort wedi&apos;i hamgryptio a anfonodd cyflogai atoch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My identity c&amp;ard…</source>
        <translation type="unfinished">Fy ngherdyn adna&amp;bod…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My identity card</source>
        <translation type="unfinished">Fy ngherdyn adnabod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your identity card, to give your team so they can send you encrypted copies.</source>
        <translation type="unfinished">Eich cerdyn adnabod, i&apos;w roi i&apos;ch tîm er mwyn iddyn nhw allu anfon copïau wedi&apos;u hamgryptio atoch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished">Adne&amp;wyddu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh</source>
        <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list again from your vault.</source>
        <translation type="unfinished">Darllen y rhestr eto o&apos;ch storfa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation type="unfinished">(dim enw)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation type="unfinished">heb ei osod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}; fingerprint {fingerprint}</source>
        <translation type="unfinished">{name}; ôl bys {fingerprint}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name}&apos;s passport (revision {revision}): {reminder}</source>
        <extracomment>{reminder} is a sentence saying the sharing agreement&apos;s keep-until date has come.</extracomment>
        <translation type="unfinished">Pasbort {name} (fersiwn {revision}): {reminder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder about {name}&apos;s passport</source>
        <translation type="unfinished">Nodyn atgoffa am basbort {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete my copy…</source>
        <translation type="unfinished">Dileu fy nghopi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my copy of {name}&apos;s passport</source>
        <translation type="unfinished">Dileu fy nghopi o basbort {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks first; your log keeps only that it was deleted.</source>
        <translation type="unfinished">Yn gofyn yn gyntaf; dim ond y ffaith iddo gael ei ddileu a gedwir yn eich log.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open the employee&apos;s passport PDF</source>
        <translation type="unfinished">Agor PDF pasbort y cyflogai</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+133"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+46"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>It was not added.</source>
        <translation type="unfinished">Ni chafodd ei ychwanegu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked: signed by {name}, unchanged since. It is in your list, waiting for your countersignature.</source>
        <translation type="unfinished">Wedi&apos;i wirio: wedi&apos;i lofnodi gan {name}, heb newid ers hynny. Mae yn eich rhestr, yn aros am eich cydlofnod.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opening…</source>
        <translation type="unfinished">Wrthi&apos;n agor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was not opened.</source>
        <translation type="unfinished">Ni chafodd ei agor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was signed.</source>
        <translation type="unfinished">Ni lofnodwyd dim.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>Delete your copy?</source>
        <translation type="unfinished">Dileu eich copi?</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete your copy of {name}&apos;s passport from your vault?

Do this when they withdraw their consent or move on. It cannot be undone; your log keeps only that it was deleted. The employee keeps their own passport.</source>
        <translation type="unfinished">Dileu eich copi o basbort {name} o&apos;ch storfa?

Gwnewch hyn pan fyddan nhw&apos;n tynnu eu cydsyniad yn ôl neu&apos;n symud ymlaen. Nid oes modd ei ddadwneud; dim ond y ffaith iddo gael ei ddileu a gedwir yn eich log. Mae&apos;r cyflogai yn cadw ei basbort ei hun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Na</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was deleted.</source>
        <translation type="unfinished">Ni ddilëwyd dim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted your copy of {name}&apos;s passport. Your log records that it was deleted.</source>
        <translation type="unfinished">Wedi dileu eich copi o basbort {name}. Mae eich log yn cofnodi iddo gael ei ddileu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>passport-{name}-revision-{revision}.pdf</source>
        <extracomment>A file&apos;s name: keep {name} and {revision} (spaces become hyphens).</extracomment>
        <translation type="unfinished">pasbort-{name}-fersiwn-{revision}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>employee</source>
        <translation type="unfinished">cyflogai</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Save a copy of the passport</source>
        <translation type="unfinished">Cadw copi o&apos;r pasbort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished">Wedi&apos;i gadw yn {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy was not saved.</source>
        <translation type="unfinished">Ni chafodd y copi ei gadw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>passport-{name}-countersigned.passport.age</source>
        <extracomment>A file&apos;s name: keep {name} and the ending &quot;.passport.age&quot; (spaces become hyphens).</extracomment>
        <translation type="unfinished">pasbort-{name}-wedi-cydlofnodi.passport.age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the countersigned passport back</source>
        <translation type="unfinished">Anfon y pasbort wedi&apos;i gydlofnodi yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted passports (*.passport.age)</source>
        <translation type="unfinished">Pasbortau wedi&apos;u hamgryptio (*.passport.age)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written.</source>
        <translation type="unfinished">Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {path}: an encrypted copy only {name} (and you) can open. Give it back to them.</source>
        <translation type="unfinished">Wedi cadw {path}: copi wedi&apos;i amgryptio y gall {name} (a chi) yn unig ei agor. Rhowch ef yn ôl iddyn nhw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} did not share a sharing agreement with this copy: ask them before giving it to anyone.</source>
        <translation type="unfinished">Ni rannodd {name} gytundeb rhannu gyda&apos;r copi hwn: gofynnwch iddyn nhw cyn ei roi i unrhyw un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s sharing agreement — who else may be given this passport:</source>
        <translation type="unfinished">Cytundeb rhannu {name} — pwy arall all gael y pasbort hwn:</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/review_wizard.py" line="-125"/>
        <source>This page; scroll to see all of it.</source>
        <translation type="unfinished">Y dudalen hon; sgroliwch i&apos;w gweld i gyd.</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>“{label}”</source>
        <translation type="unfinished">“{label}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed: {items} and more.</source>
        <translation type="unfinished">Wedi newid: {items} a mwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: {items}.</source>
        <translation type="unfinished">Wedi newid: {items}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your sharing agreement on the Passport page.</source>
        <translation type="unfinished">Newidiwch eich cytundeb rhannu ar dudalen y Pasbort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review saved as version {revision}: {unchanged} still true, {changed} changed, {gone} no longer apply.</source>
        <extracomment>{unchanged}, {changed} and {gone} are numbers of items; the sentence reads well for any number.</extracomment>
        <translation type="unfinished">Adolygiad wedi&apos;i gadw fel fersiwn {revision}: yn dal yn wir {unchanged}, wedi newid {changed}, ddim yn berthnasol mwyach {gone}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: {day}.</source>
        <translation type="unfinished">Adolygiad nesaf: {day}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Review your passport</source>
        <extracomment>Asks the main window to show a page (the Passport page, to change the sharing agreement).</extracomment>
        <translation type="unfinished">Adolygu eich pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section by section: is this still true?</source>
        <translation type="unfinished">Fesul adran: ydy hyn yn dal yn wir?</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Commit</source>
        <translation type="unfinished">Ymrwymo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the wizard; what you marked so far is kept and you can continue later.</source>
        <translation type="unfinished">Cau&apos;r dewin; caiff yr hyn a nodoch hyd yma ei gadw a gallwch chi barhau yn nes ymlaen.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location line="-208"/>
        <source>Is this still true?</source>
        <translation type="unfinished">Ydy hyn yn dal yn wir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers and actions in this section; scroll to see them all.</source>
        <translation type="unfinished">Yr atebion a&apos;r camau gweithredu yn yr adran hon; sgroliwch i&apos;w gweld i gyd.</translation>
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
    <name>SummaryPage</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/review_wizard.py" line="+86"/>
        <source>What changed</source>
        <translation type="unfinished">Beth sydd wedi newid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you press Finish this is saved as a new version of your passport, ready to export for your manager.</source>
        <translation type="unfinished">Pan fyddwch chi&apos;n pwyso Gorffen, caiff hyn ei gadw fel fersiwn newydd o&apos;ch pasbort, yn barod i&apos;w allforio i&apos;ch rheolwr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of the review</source>
        <translation type="unfinished">Crynodeb o&apos;r adolygiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &amp;review:</source>
        <translation type="unfinished">&amp;Adolygiad nesaf:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next review date</source>
        <translation type="unfinished">Dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 12 months from today; sooner if things may change.</source>
        <translation type="unfinished">12 mis o heddiw ar y mwyaf; yn gynt os gallai pethau newid.</translation>
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
    <name>VerifyDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/verify_dialog.py" line="+44"/>
        <source>This file failed the check. {reason}</source>
        <extracomment>{reason} is a sentence saying what is wrong with the file.</extracomment>
        <translation type="unfinished">Methodd y ffeil hon y gwiriad. {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>someone</source>
        <translation type="unfinished">rhywun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {who} with your own key and unchanged since.</source>
        <translation type="unfinished">Wedi&apos;i lofnodi gan {who} â&apos;ch allwedd eich hun a heb newid ers hynny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by {who} and unchanged since.</source>
        <translation type="unfinished">Wedi&apos;i lofnodi gan {who} a heb newid ers hynny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countersigned by {manager}.</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi gan {manager}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line manager</source>
        <translation type="unfinished">y rheolwr llinell</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Unknown</source>
        <translation type="unfinished">Anhysbys</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{day}, {time}</source>
        <extracomment>{day} is a date (&quot;1 December 2026&quot;), {time} a time of day and time zone (&quot;14:05 UTC&quot;).</extracomment>
        <translation type="unfinished">{day}, {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>No</source>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Yes, by {manager}</source>
        <translation type="unfinished">Ydy, gan {manager}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation type="unfinished">anhysbys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation type="unfinished">Ie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not given)</source>
        <translation type="unfinished">(heb ei roi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by</source>
        <translation type="unfinished">Wedi&apos;i lofnodi gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name in the certificate)</source>
        <translation type="unfinished">(dim enw yn y dystysgrif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation type="unfinished">Ôl bys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with this vault&apos;s key</source>
        <translation type="unfinished">Wedi&apos;i lofnodi ag allwedd y storfa hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No: another person&apos;s or another vault&apos;s key</source>
        <translation type="unfinished">Na: allwedd person arall neu storfa arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation type="unfinished">Heb ei wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation type="unfinished">Amser llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged since signing</source>
        <translation type="unfinished">Heb newid ers ei lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification</source>
        <translation type="unfinished">Ardystiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation type="unfinished">Pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation type="unfinished">Fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash</source>
        <translation type="unfinished">Stwnsh y cynnwys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation type="unfinished">Cyflogai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line manager</source>
        <translation type="unfinished">Rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation type="unfinished">Wedi&apos;i rannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countersigned</source>
        <translation type="unfinished">Wedi&apos;i gydlofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manager&apos;s fingerprint</source>
        <translation type="unfinished">Ôl bys y rheolwr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation type="unfinished">Problemau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation type="unfinished">Nodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the fingerprint with the person who signed, in person or by phone, before you rely on who signed it.</source>
        <translation type="unfinished">Cymharwch yr ôl bys â&apos;r person a lofnododd, wyneb yn wyneb neu dros y ffôn, cyn i chi ddibynnu ar bwy a&apos;i llofnododd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check a passport file</source>
        <extracomment>Asks which file to check; replaced in tests. Returns None when the person cancels.</extracomment>
        <translation type="unfinished">Gwirio ffeil pasbort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows who signed a passport PDF, whether it was changed after signing, and whether it was countersigned. Nothing is saved.</source>
        <translation type="unfinished">Yn dangos pwy a lofnododd PDF pasbort, a gafodd ei newid ar ôl ei lofnodi, ac a gafodd ei gydlofnodi. Ni chaiff dim ei gadw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a passport PDF to check. Nothing is saved or imported.</source>
        <translation type="unfinished">Dewiswch PDF pasbort i&apos;w wirio. Ni chaiff dim ei gadw na&apos;i fewnforio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose a file…</source>
        <translation type="unfinished">&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation type="unfinished">Dewis ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the passport PDF to check.</source>
        <translation type="unfinished">Dewiswch y PDF pasbort i&apos;w wirio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to check</source>
        <translation type="unfinished">Ffeil i&apos;w gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passport PDF being checked.</source>
        <translation type="unfinished">Y PDF pasbort sy&apos;n cael ei wirio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation type="unfinished">Dim ffeil wedi&apos;i dewis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verdict</source>
        <translation type="unfinished">Dyfarniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the file can be relied on, in one sentence.</source>
        <translation type="unfinished">A oes modd dibynnu ar y ffeil, mewn un frawddeg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation type="unfinished">Manylion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who signed, the fingerprint, the passport and revision, the countersignature and any problems found.</source>
        <translation type="unfinished">Pwy a lofnododd, yr ôl bys, y pasbort a&apos;r fersiwn, y cydlofnod ac unrhyw broblemau a ganfuwyd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close this window.</source>
        <translation type="unfinished">Cau&apos;r ffenestr hon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Ca&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a passport PDF</source>
        <translation type="unfinished">Dewis PDF pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file was not checked.</source>
        <translation type="unfinished">Ni chafodd y ffeil ei gwirio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read: {reason}.</source>
        <translation type="unfinished">Nid oedd modd darllen y ffeil: {reason}.</translation>
    </message>
</context>
</TS>
