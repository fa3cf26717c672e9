<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../carerpassport/ui/views/editor_view.py" line="+76"/>
        <source>You and your line manager</source>
        <extracomment>...but never later than this after the first unsaved keystroke (bounds what a kill can lose). The save states (codes, sent by ``save_state_changed``; what is shown for each is :meth:`EditorView._show_state`&apos;s). Question cards made per turn of the event loop once a section is shown (~10-30 ms each, laid out). The editor&apos;s own pages (in English; shown through ``translate(&quot;EditorView&quot;, …)``).</extracomment>
        <translation type="unfinished">Chi a&apos;ch rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes (never exported)</source>
        <translation type="unfinished">Nodiadau preifat (byth yn cael eu hallforio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer on your employer&apos;s form</source>
        <translation type="unfinished">Nid yw ar ffurflen eich cyflogwr mwyach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies and contacts</source>
        <translation type="unfinished">Polisïau a chysylltiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer asked</source>
        <extracomment>The former answers&apos; entry in the section list: the page&apos;s title was elided there at 200 % (seen on Xvfb).</extracomment>
        <translation type="unfinished">Ddim yn cael eu gofyn mwyach</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Passport sections</source>
        <extracomment>Makes one page, showing the passport as it is now, inside the given parent. The employer&apos;s form as it is shown: its questions and guidance in the GUI&apos;s language where the form has them (ids are the same in every language, so answers are too). Every question&apos;s card by field id; looking one up makes it (and its page) if needed. Where the passport stands with the manager (agreed, changed since, not yet): read again after each save and whenever the page is refreshed (after an import, a review, a restore). The carer&apos;s first steps while the passport is new (gone once all are done, or hidden).</extracomment>
        <translation type="unfinished">Adrannau&apos;r pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the up and down arrow keys to choose a section, then Enter to start answering its questions.</source>
        <translation type="unfinished">Defnyddiwch y bysellau saeth i fyny ac i lawr i ddewis adran, yna Enter i ddechrau ateb ei chwestiynau.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your passport</source>
        <translation type="unfinished">Eich pasbort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything here stays on this computer. Only answers marked “{shared}” go into what you export for your line manager. Changes save by themselves.</source>
        <extracomment>{shared} is the tag an answer to share carries (&quot;Shared on export&quot;).</extracomment>
        <translation type="unfinished">Mae popeth yma&apos;n aros ar y cyfrifiadur hwn. Dim ond atebion wedi&apos;u marcio “{shared}” sy&apos;n mynd i&apos;r hyn rydych chi&apos;n ei allforio i&apos;ch rheolwr llinell. Mae newidiadau&apos;n cael eu cadw ohonyn nhw eu hunain.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save status</source>
        <translation type="unfinished">Statws cadw</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>These details are printed on everything you export, so your manager knows whose passport it is.</source>
        <translation type="unfinished">Mae&apos;r manylion hyn yn cael eu hargraffu ar bopeth rydych chi&apos;n ei allforio, fel bod eich rheolwr yn gwybod pasbort pwy ydyw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your employer</source>
        <translation type="unfinished">Eich cyflogwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{employer}: policies and contacts</source>
        <translation type="unfinished">{employer}: polisïau a chysylltiadau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your employer&apos;s form no longer asks these questions. Your answers are kept as you wrote them, and they are private: they go into an export only if you tick them again. To change one, copy it into a current question.</source>
        <translation type="unfinished">Nid yw ffurflen eich cyflogwr yn gofyn y cwestiynau hyn mwyach. Mae eich atebion yn cael eu cadw fel y gwnaethoch chi eu hysgrifennu, ac maen nhw&apos;n breifat: dim ond os byddwch chi&apos;n eu ticio eto y byddan nhw&apos;n mynd i allforiad. I newid un, copïwch ef i gwestiwn cyfredol.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only you can read these notes. They are never put in a PDF, a bundle or anything else you export or send — whatever you tick elsewhere. Use them for reminders, or things you are not ready to share.</source>
        <translation type="unfinished">Dim ond chi sy&apos;n gallu darllen y nodiadau hyn. Nid ydyn nhw byth yn cael eu rhoi mewn PDF, bwndel nac unrhyw beth arall rydych chi&apos;n ei allforio neu&apos;n ei anfon — beth bynnag rydych chi&apos;n ei dicio mewn man arall. Defnyddiwch nhw ar gyfer nodiadau atgoffa, neu bethau nad ydych chi&apos;n barod i&apos;w rhannu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: ask HR about carer&apos;s leave before the meeting.</source>
        <translation type="unfinished">Er enghraifft: gofyn i AD am absenoldeb gofalwr cyn y cyfarfod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes, never exported</source>
        <translation type="unfinished">Nodiadau preifat, byth yn cael eu hallforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only you can read these notes; they are never exported or shared.</source>
        <translation type="unfinished">Dim ond chi sy&apos;n gallu darllen y nodiadau hyn; nid ydyn nhw byth yn cael eu hallforio na&apos;u rhannu.</translation>
    </message>
    <message>
        <location line="+224"/>
        <location line="+18"/>
        <source>Not saved: {reason} Your text is still here.</source>
        <extracomment>{reason} is why the save failed (a whole sentence).</extracomment>
        <translation type="unfinished">Heb ei gadw: {reason} Mae eich testun yma o hyd.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{problem} Shorten it and it saves by itself.</source>
        <translation type="unfinished">{problem} Byrhewch ef a bydd yn cael ei gadw ohono&apos;i hun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer</source>
        <translation type="unfinished">Yr ateb hwn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} It saves by itself once it is complete.</source>
        <translation type="unfinished">{problem} Bydd yn cael ei gadw ohono&apos;i hun pan fydd yn gyflawn.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{name}”</source>
        <extracomment>A question&apos;s or a box&apos;s name in a sentence (&quot;“Your caring responsibilities” is too long&quot;).</extracomment>
        <translation type="unfinished">“{name}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your private notes</source>
        <translation type="unfinished">eich nodiadau preifat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your sharing agreement</source>
        <translation type="unfinished">eich cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ All changes saved</source>
        <translation type="unfinished">✓ Pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation type="unfinished">Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving in a moment…</source>
        <translation type="unfinished">Yn cadw mewn eiliad…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/export_dialog.py" line="+99"/>
        <source>The page preview needs the pypdfium2 package, which is not installed.</source>
        <extracomment>Why the pages could not be drawn (&quot;&quot; when they were).</extracomment>
        <translation type="unfinished">Mae angen y pecyn pypdfium2 ar gyfer rhagolwg y tudalennau, ac nid yw wedi&apos;i osod.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pages could not be drawn ({error}).</source>
        <extracomment>{error} is the name of a programming error (such as ValueError), for whoever reports it.</extracomment>
        <translation type="unfinished">Nid oedd modd llunio&apos;r tudalennau ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 private answer</source>
        <translation type="unfinished">1 ateb preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} private answers</source>
        <translation type="unfinished">{count} ateb preifat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 private action</source>
        <translation type="unfinished">1 cam gweithredu preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} private actions</source>
        <translation type="unfinished">{count} cam gweithredu preifat</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export for my manager</source>
        <extracomment>Asks where to save; replaced in tests. Returns None when the employee cancels. Asks before a share the sharing agreement does not allow (replaced in tests).</extracomment>
        <translation type="unfinished">Allforio i&apos;m rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows exactly what your line manager will receive, then saves it as a PDF signed by you.</source>
        <translation type="unfinished">Yn dangos yn union beth fydd eich rheolwr llinell yn ei gael, yna&apos;n ei gadw fel PDF wedi&apos;i lofnodi gennych chi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is exactly what your line manager will see. Answers you keep private, your private notes and private actions are not included. The file is signed by you, so anyone can check it was not changed.</source>
        <translation type="unfinished">Dyma&apos;n union beth fydd eich rheolwr llinell yn ei weld. Nid yw atebion rydych chi&apos;n eu cadw&apos;n breifat, eich nodiadau preifat na chamau gweithredu preifat wedi&apos;u cynnwys. Mae&apos;r ffeil wedi&apos;i llofnodi gennych chi, felly gall unrhyw un wirio nad yw wedi&apos;i newid.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+235"/>
        <source>Your line manager&apos;s name</source>
        <translation type="unfinished">Enw eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Shared with</source>
        <translation type="unfinished">Wedi&apos;i rannu gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who this copy is for. It is printed on the first page and kept in your sharing record.</source>
        <translation type="unfinished">I bwy mae&apos;r copi hwn. Mae&apos;n cael ei argraffu ar y dudalen gyntaf a&apos;i gadw yn eich cofnod rhannu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: our 1:1 on 1 December</source>
        <translation type="unfinished">Er enghraifft: ein cyfarfod 1:1 ar 1 Rhagfyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation type="unfinished">Diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you are sharing it. Printed on the first page; optional.</source>
        <translation type="unfinished">Pam rydych chi&apos;n ei rannu. Wedi&apos;i argraffu ar y dudalen gyntaf; dewisol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What your sharing agreement says</source>
        <translation type="unfinished">Beth mae eich cytundeb rhannu yn ei ddweud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of this copy</source>
        <extracomment>The copy&apos;s language, which may differ from the app&apos;s (a Welsh speaker&apos;s English copy for an English speaker): it starts as the app&apos;s own.</extracomment>
        <translation type="unfinished">Iaith y copi hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the PDF is written in: its headings, dates and the employer&apos;s questions where their form has them in that language.</source>
        <translation type="unfinished">Yr iaith y mae&apos;r PDF wedi&apos;i ysgrifennu ynddi: ei benawdau, ei ddyddiadau a chwestiynau&apos;r cyflogwr lle mae eu ffurflen yn eu cynnwys yn yr iaith honno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;ho is this for?</source>
        <translation type="unfinished">&amp;I bwy mae hwn?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared &amp;with</source>
        <translation type="unfinished">Rhannu &amp;gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished">&amp;Diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of this copy</source>
        <translation type="unfinished">I&amp;aith y copi hwn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Include my sharing agreement (who else may be given it, and when)</source>
        <translation type="unfinished">Cynnwys fy nghytundeb rhannu (pwy arall all ei gael, a phryd)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Include my sharing agreement</source>
        <translation type="unfinished">Cynnwys fy nghytundeb rhannu</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>What goes into this copy</source>
        <translation type="unfinished">Beth sy&apos;n mynd i&apos;r copi hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the copy is for, why, its language and whether your sharing agreement is in it.</source>
        <translation type="unfinished">I bwy mae&apos;r copi, pam, ei iaith ac a yw eich cytundeb rhannu ynddo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>When ticked, your sharing agreement is printed above the signatures, so your manager signs it too. It starts as you set it on the passport&apos;s “Sharing your passport” page.</source>
        <translation type="unfinished">Pan fydd wedi&apos;i dicio, mae eich cytundeb rhannu yn cael ei argraffu uwchben y llofnodion, felly mae eich rheolwr yn ei lofnodi hefyd. Mae&apos;n dechrau fel y gwnaethoch chi ei osod ar dudalen “Rhannu eich pasbort” y pasbort.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview of the pages</source>
        <translation type="unfinished">Rhagolwg o&apos;r tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed PDF as your manager will see it, page by page. The list beside it says the same in words.</source>
        <translation type="unfinished">Y PDF wedi&apos;i lofnodi fel y bydd eich rheolwr yn ei weld, fesul tudalen. Mae&apos;r rhestr wrth ei ymyl yn dweud yr un peth mewn geiriau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview status</source>
        <translation type="unfinished">Statws y rhagolwg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the page preview is ready.</source>
        <translation type="unfinished">A yw rhagolwg y tudalennau&apos;n barod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Preparing the preview…</source>
        <translation type="unfinished">Wrthi&apos;n paratoi&apos;r rhagolwg…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>What will be shared</source>
        <translation type="unfinished">Beth fydd yn cael ei rannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every answer and agreed action in this export, in words.</source>
        <translation type="unfinished">Pob ateb a cham gweithredu y cytunwyd arno yn yr allforiad hwn, mewn geiriau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened when you saved, or what went wrong.</source>
        <translation type="unfinished">Beth ddigwyddodd pan wnaethoch chi gadw, neu beth aeth o&apos;i le.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save signed PDF…</source>
        <translation type="unfinished">&amp;Cadw PDF wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save signed PDF</source>
        <translation type="unfinished">Cadw PDF wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the PDF; it is signed and your sharing record is updated.</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r PDF; mae&apos;n cael ei lofnodi ac mae eich cofnod rhannu yn cael ei ddiweddaru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving anything.</source>
        <translation type="unfinished">Cau heb gadw dim.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{reason} The list beside this says exactly what is shared.</source>
        <extracomment>{reason} says why the pages could not be drawn (a whole sentence).</extracomment>
        <translation type="unfinished">{reason} Mae&apos;r rhestr wrth ymyl hwn yn dweud yn union beth sy&apos;n cael ei rannu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 page, {size} KB.</source>
        <translation type="unfinished">1 dudalen, {size} KB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pages, {size} KB.</source>
        <translation type="unfinished">{count} tudalen, {size} KB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page {number} of {total}</source>
        <translation type="unfinished">Tudalen {number} o {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An image of the page; the list beside the preview has the same text.</source>
        <translation type="unfinished">Delwedd o&apos;r dudalen; mae gan y rhestr wrth ymyl y rhagolwg yr un testun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preview could not be made.</source>
        <translation type="unfinished">Nid oedd modd gwneud y rhagolwg.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>your manager</source>
        <translation type="unfinished">eich rheolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;What {reader} will see&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Beth fydd {reader} yn ei weld&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;You:&lt;/b&gt; {name}</source>
        <translation type="unfinished">&lt;b&gt;Chi:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation type="unfinished">(dim enw)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Line manager:&lt;/b&gt; {name}</source>
        <translation type="unfinished">&lt;b&gt;Rheolwr llinell:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not set)</source>
        <translation type="unfinished">(heb ei osod)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answers are marked to share.</source>
        <translation type="unfinished">Does dim atebion wedi&apos;u marcio i&apos;w rhannu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed actions ({count})</source>
        <translation type="unfinished">Camau gweithredu y cytunwyd arnynt ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your private notes</source>
        <translation type="unfinished">eich nodiadau preifat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your sharing agreement</source>
        <translation type="unfinished">eich cytundeb rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shared</source>
        <translation type="unfinished">Heb eu rhannu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>carers-passport-{name}.pdf</source>
        <extracomment>The suggested file name; keep it short, without spaces; {name} is the employee&apos;s name.</extracomment>
        <translation type="unfinished">pasbort-gofalwyr-{name}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signed PDF</source>
        <translation type="unfinished">Cadw&apos;r PDF wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Their name (required)</source>
        <translation type="unfinished">Eu henw (gofynnol)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name or team (optional)</source>
        <translation type="unfinished">Eu henw neu eu tîm (dewisol)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing was shared: your sharing agreement does not allow it and you did not confirm it. Your log records that.</source>
        <translation type="unfinished">Ni rannwyd dim: nid yw eich cytundeb rhannu yn ei ganiatáu ac ni wnaethoch chi ei gadarnhau. Mae eich log yn cofnodi hynny.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing and saving…</source>
        <translation type="unfinished">Wrthi&apos;n llofnodi a chadw…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {file} (revision {revision}). Give it to your manager however you usually share documents. If they ask, your signing fingerprint starts {fingerprint}.</source>
        <translation type="unfinished">Wedi cadw {file} (fersiwn {revision}). Rhowch ef i&apos;ch rheolwr sut bynnag rydych chi fel arfer yn rhannu dogfennau. Os byddan nhw&apos;n gofyn, mae eich ôl bys llofnodi yn dechrau {fingerprint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved: {reason}. Choose another folder and try again.</source>
        <extracomment>{reason} is the system&apos;s reason, such as &quot;Permission denied&quot;.</extracomment>
        <translation type="unfinished">Nid oedd modd cadw&apos;r ffeil: {reason}. Dewiswch ffolder arall a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished">Ni chadwyd dim.</translation>
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
    <name>GuidancePanel</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/guidance_panel.py" line="+31"/>
        <source>&lt;b&gt;Why it helps:&lt;/b&gt; {why}</source>
        <extracomment>{why} is the employer&apos;s guidance: why answering the question helps.</extracomment>
        <translation type="unfinished">&lt;b&gt;Pam mae&apos;n helpu:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Keep it private:&lt;/b&gt; {privacy}</source>
        <extracomment>{privacy} is the employer&apos;s guidance: what to keep out of the answer.</extracomment>
        <translation type="unfinished">&lt;b&gt;Cadwch yn breifat:&lt;/b&gt; {privacy}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guidance</source>
        <translation type="unfinished">Canllawiau</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Think about:&lt;/b&gt;{points}</source>
        <extracomment>{points} is the employer&apos;s list of things to think about (kept as it is, markup and all).</extracomment>
        <translation type="unfinished">&lt;b&gt;Meddyliwch am:&lt;/b&gt;{points}</translation>
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
    <name>QuestionBox</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/question_box.py" line="+26"/>
        <source>Cancel</source>
        <translation type="unfinished">Diddymu</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/question_card.py" line="+36"/>
        <source>Not answered yet</source>
        <translation type="unfinished">Heb ei ateb eto</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Share this answer with my manager</source>
        <extracomment>The guidance goes beside the answer only when the card is at least this many average characters wide (about 40 for the answer and its share box, 24 for the guidance); otherwise it goes under the answer. Counted in characters of the card&apos;s font, so a larger text size moves it under sooner.</extracomment>
        <translation type="unfinished">Rhannu&apos;r ateb hwn â&apos;m rheolwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with my manager: {question}</source>
        <extracomment>Read aloud for the check box; {question} is the question&apos;s label.</extracomment>
        <translation type="unfinished">Rhannu â&apos;m rheolwr: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When ticked, this answer is included in the PDF or bundle you export for your line manager. When not ticked, only you can see it.</source>
        <translation type="unfinished">Pan fydd wedi&apos;i dicio, mae&apos;r ateb hwn wedi&apos;i gynnwys yn y PDF neu&apos;r bwndel rydych chi&apos;n ei allforio i&apos;ch rheolwr llinell. Pan na fydd wedi&apos;i dicio, dim ond chi sy&apos;n gallu ei weld.</translation>
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
</TS>
