<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArxivAtomParser</name>
    <message>
        <location filename="../models/formats/arxivatomparser.cpp" line="+108"/>
        <source>the reply is empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>not an Atom feed</source>
        <translation>不是 Atom 订阅源</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>the reply lists %n results but carries none</source>
        <translation>
            <numerusform>响应声明有 %n 个结果，但实际一个也没有</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivFetcher</name>
    <message>
        <location filename="../models/online/arxivfetcher.cpp" line="+136"/>
        <source>no reply within %L1 ms</source>
        <translation>%L1 毫秒内无响应</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the server asks to wait %L2 s; try again later</source>
        <translation>%1：服务器要求等待 %L2 秒；请稍后再试</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arXiv says: %1 (%2)</source>
        <translation>arXiv 返回：%1（%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>arXiv&apos;s reply was empty (%1)</source>
        <translation>arXiv 的响应为空（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arXiv says: %1</source>
        <translation>arXiv 返回：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reply is not an arXiv Atom feed (%1)</source>
        <translation>响应不是 arXiv 的 Atom 订阅源（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (after %n attempts)</source>
        <translation>
            <numerusform>%1（尝试 %n 次后）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivLookupController</name>
    <message>
        <location filename="../app/arxivlookupcontroller.cpp" line="+15"/>
        <source>Cancel the arXiv look-up</source>
        <translation>取消 arXiv 查找</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Looking up on arXiv…</source>
        <translation>正在 arXiv 上查找…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>arXiv: %1</source>
        <translation>arXiv：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (cancelled: the other papers were not looked up)</source>
        <translation>%1（已取消：其余论文未查找）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arXiv look-up finished</source>
        <translation>arXiv 查找完成</translation>
    </message>
</context>
<context>
    <name>ArxivLookupJob</name>
    <message>
        <location filename="../models/online/arxivlookupjob.cpp" line="+86"/>
        <source>the paper is no longer in the store</source>
        <translation>该论文已不在数据库中</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 matches but cannot be stored: %2</source>
        <translation>%1 匹配，但无法保存：%2</translation>
    </message>
</context>
<context>
    <name>ArxivLookupResult</name>
    <message>
        <location filename="../models/online/arxivlookupresult.cpp" line="+7"/>
        <source>matched %1</source>
        <translation>已匹配 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous: %1</source>
        <translation>有歧义：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (cached reply)</source>
        <translation>%1（缓存的响应）</translation>
    </message>
</context>
<context>
    <name>ArxivLookupSummary</name>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln papers looked up: %L1 matched, %L2 not found, %L3 ambiguous, %L4 failed</source>
        <translation>
            <numerusform>已查找 %Ln 篇论文：%L1 篇匹配，%L2 篇未找到，%L3 篇有歧义，%L4 篇失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivMatcher</name>
    <message>
        <location filename="../models/online/arxivmatcher.cpp" line="+53"/>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has this title but its first author is %2, not %3</source>
        <translation>%1 标题相同，但第一作者是 %2，而不是 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has this title but is from %2, not %3±1</source>
        <translation>%1 标题相同，但年份是 %2，而不是 %3±1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown year</source>
        <translation>未知年份</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n candidates: %1</source>
        <translation>
            <numerusform>%n 个候选：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of the %n results has this title</source>
        <translation>
            <numerusform>%n 个结果中没有一个具有此标题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibFieldsTransaction</name>
    <message>
        <location filename="../models/store/bibfieldstransaction.cpp" line="+98"/>
        <source>line %1: the key &apos;%2&apos; is already used by the paper &apos;%3&apos;</source>
        <translation>第 %1 行：引用键“%2”已被论文“%3”使用</translation>
    </message>
</context>
<context>
    <name>BibParser</name>
    <message>
        <location filename="../models/formats/bib/bibparser.cpp" line="+145"/>
        <source>unbalanced braces in a quoted value</source>
        <translation>带引号的值中花括号不匹配</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unbalanced braces: the value is not closed before the next entry</source>
        <translation>花括号不匹配：该值在下一个条目之前未闭合</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unbalanced braces: the value is not closed at the end of the file</source>
        <translation>花括号不匹配：直到文件末尾该值仍未闭合</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a value longer than %1 characters</source>
        <translation>值的长度超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macro expansion too large</source>
        <translation>宏展开过大</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file ends inside a value</source>
        <translation>文件在某个值的中间结束</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>undefined macro &apos;%1&apos;</source>
        <translation>未定义的宏“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>应为一个值，实际为“%1”</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>应为“%1”，实际为“%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+12"/>
        <location line="+28"/>
        <source>the entry is not closed (missing &apos;%1&apos; or unbalanced braces)</source>
        <translation>条目未闭合（缺少“%1”或花括号不匹配）</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>a @string needs NAME = value</source>
        <translation>@string 需要“名称 = 值”的形式</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an entry without a citation key</source>
        <translation>条目缺少引用键</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing comma after the key &apos;%1&apos;</source>
        <translation>键“%1”之后缺少逗号</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a field name, found &apos;%1&apos;</source>
        <translation>应为字段名，实际为“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &apos;=&apos; after the field &apos;%1&apos;</source>
        <translation>字段“%1”之后缺少“=”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &apos;%1&apos; is given twice</source>
        <translation>字段“%1”出现了两次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing comma before the field &apos;%1&apos;</source>
        <translation>字段“%1”之前缺少逗号</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a BibTeX file: no @entry found</source>
        <translation>不是 BibTeX 文件：未找到任何 @ 条目</translation>
    </message>
</context>
<context>
    <name>BibReader</name>
    <message>
        <location filename="../models/formats/bib/bibchunkreader.cpp" line="+153"/>
        <location filename="../models/formats/bib/bibreader.cpp" line="+38"/>
        <source>not a BibTeX file: binary data</source>
        <translation>不是 BibTeX 文件：二进制数据</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../models/formats/bib/bibreader.cpp" line="+17"/>
        <source>the key &apos;%1&apos; is used twice (first on line %2)</source>
        <translation>键“%1”被使用了两次（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <location filename="../models/formats/bib/bibreader.cpp" line="+48"/>
        <source>%1 (entry %2)</source>
        <translation>%1（条目 %2）</translation>
    </message>
</context>
<context>
    <name>BibtexExport</name>
    <message>
        <location filename="../models/store/bibtexexport.cpp" line="+88"/>
        <source>no device</source>
        <translation>无输出设备</translation>
    </message>
</context>
<context>
    <name>BibtexPreview</name>
    <message>
        <location filename="../views/bibtexpreview.cpp" line="+112"/>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message>
        <location filename="../app/browsecontroller.cpp" line="+50"/>
        <location line="+49"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %2</source>
        <translation>%L1 / %2</translation>
    </message>
</context>
<context>
    <name>ChartDock</name>
    <message>
        <location filename="../app/chartdock.cpp" line="+20"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Charts &amp;Fill the Window</source>
        <translation>图表占满窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the charts to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export the charts while they are hidden: show them with View &gt; Charts.</source>
        <translation>图表处于隐藏状态，无法导出：请通过“视图 &gt; 图表”显示它们。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../views/chartview.cpp" line="+31"/>
        <source>Click to filter, Ctrl+click to add or remove</source>
        <translation>单击以筛选，Ctrl+单击以添加或移除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Papers per year chart</source>
        <translation>每年论文数图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category chart</source>
        <translation>类别图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation chart</source>
        <translation>机构图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile chart</source>
        <translation>档案图表</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Profiles</source>
        <translation>档案</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Tick one or more profiles under &lt;b&gt;Profiles&lt;/b&gt; in the filter panel to see their figures and papers per year here, side by side.</source>
        <translation>在筛选面板的&lt;b&gt;档案&lt;/b&gt;下勾选一个或多个档案，即可在此并排查看其指标和每年论文数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile figures</source>
        <translation>档案指标</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (in %2)</source>
        <comment>a chart title, the collections it shows</comment>
        <translation>%1（合集：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Papers per year, by category</source>
        <translation>每年论文数（按类别）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers with a year to show.</source>
        <translation>没有可显示的带年份的论文。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+2"/>
        <location line="+35"/>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Category mix</source>
        <translation>类别构成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers to show.</source>
        <translation>没有可显示的论文。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Top %1 affiliations</source>
        <translation>前 %1 个机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of these papers lists an affiliation.</source>
        <translation>这些论文均未列出机构。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profiles (%1)</source>
        <translation>档案（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: papers per year</source>
        <translation>%1：每年论文数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers per year, by profile</source>
        <translation>每年论文数（按档案）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers of these profiles match the filters.</source>
        <translation>这些档案中没有符合筛选条件的论文。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 in %2: %3</source>
        <translation>%1（%2 年）：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Charts made with Paperscope</source>
        <translation>使用 Paperscope 制作的图表</translation>
    </message>
</context>
<context>
    <name>CollectionCommand</name>
    <message>
        <location filename="../app/collectioncommand.cpp" line="+38"/>
        <source>usage: collection list | create NAME [--parent P] | delete NAME | rename OLD NEW | add|remove NAME [FILTERS]</source>
        <translation>用法：collection list | create NAME [--parent P] | delete NAME | rename OLD NEW | add|remove NAME [FILTERS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--parent belongs to collection create</source>
        <translation>--parent 只能用于 collection create</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>collection %1 takes no filters</source>
        <translation>collection %1 不接受筛选条件</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a collection needs a name</source>
        <translation>合集需要一个名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created collection &apos;%1&apos;</source>
        <translation>已创建合集“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted collection &apos;%1&apos;</source>
        <translation>已删除合集“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>renamed collection &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>已将合集“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no collection &apos;%1&apos;</source>
        <translation>不存在合集“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no paper matches the filters: nothing changed</source>
        <translation>没有符合筛选条件的论文：未做任何更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added %1 of %2 matching papers to &apos;%3&apos;</source>
        <translation>已将 %2 篇匹配论文中的 %1 篇添加到“%3”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took %1 of %2 matching papers out of &apos;%3&apos;</source>
        <translation>已从“%3”中移出 %2 篇匹配论文中的 %1 篇</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: search save NAME [FILTERS] | delete NAME | list</source>
        <translation>用法：search save NAME [FILTERS] | delete NAME | list</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the store is read-only: nothing changed</source>
        <translation>数据库为只读：未做任何更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nothing changed</source>
        <translation>%1：未做任何更改</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>search delete takes no filters</source>
        <translation>search delete 不接受筛选条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted saved search &apos;%1&apos;</source>
        <translation>已删除保存的搜索“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved search &apos;%1&apos; (%2 papers match now)</source>
        <translation>已保存搜索“%1”（当前匹配 %2 篇论文）</translation>
    </message>
</context>
<context>
    <name>CollectionStore</name>
    <message>
        <location filename="../models/store/collectionstore.cpp" line="+84"/>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+18"/>
        <location line="+15"/>
        <source>there is no collection &apos;%1&apos;</source>
        <translation>不存在合集“%1”</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+29"/>
        <source>a collection &apos;%1&apos; exists already</source>
        <translation>合集“%1”已存在</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no saved search &apos;%1&apos;</source>
        <translation>不存在保存的搜索“%1”</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+221"/>
        <source>paperscope: another program is writing to the store; waiting for its turn</source>
        <translation>paperscope：另一个程序正在写入数据库；正在等待其完成</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../app/copycommand.cpp" line="+12"/>
        <source>copy-to wants one STORE: a new file or a postgresql:// URL</source>
        <translation>copy-to 需要一个 STORE：一个新文件或一个 postgresql:// URL</translation>
    </message>
</context>
<context>
    <name>DropClassifier</name>
    <message>
        <location filename="../models/formats/dropclassifier.cpp" line="+31"/>
        <source>%1: only files and http(s) links can be imported</source>
        <translation>%1：只能导入文件和 http(s) 链接</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the dropped text is not a profile (it has no h-index and papers lines)</source>
        <translation>拖放的文本不是档案（缺少 h-index 和 papers 行）</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="+38"/>
        <source>Export BibTeX</source>
        <translation>导出 BibTeX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX files (*.bib);;All files (*)</source>
        <translation>BibTeX 文件 (*.bib);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exporting %Ln papers…</source>
        <translation>
            <numerusform>正在导出 %Ln 篇论文…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Copied %Ln BibTeX entries</source>
        <translation>
            <numerusform>已复制 %Ln 条 BibTeX 条目</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/exportdialog.cpp" line="+22"/>
        <source>Export BibTeX</source>
        <translation>导出 BibTeX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers to export</source>
        <translation>要导出的论文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All papers (%L1)</source>
        <translation>全部论文（%L1）(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filtered papers (%L1)</source>
        <translation>筛选出的论文（%L1）(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selected papers (%L1)</source>
        <translation>所选论文（%L1）(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write accented letters as &amp;LaTeX escapes (for classic bibtex)</source>
        <translation>将带重音的字母写成 LaTeX 转义(&amp;L)（适用于经典 bibtex）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave unticked for biber and UTF-8 documents.</source>
        <translation>用于 biber 和 UTF-8 文档时请勿勾选。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave notes out</source>
        <translation>不包含笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the note field (note)</source>
        <translation>写入 note 字段 (note)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the annotation field (annote)</source>
        <translation>写入注释字段 (annote)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;notes:</source>
        <translation>您的笔记(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../app/exportrunner.cpp" line="+31"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>已将 %Ln 条条目导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetChartModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/facetchartmodel.cpp" line="+33"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln more affiliations: %1 (a paper counts once per affiliation)</source>
        <translation>
            <numerusform>另外 %Ln 个机构：%1（每篇论文按机构各计一次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln more categories: %1 (%2%)</source>
        <translation>
            <numerusform>另外 %Ln 个类别：%1（%2%）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (%3%)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/facetmodel.cpp" line="+41"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../views/filterpanel.cpp" line="+34"/>
        <source>Only papers with &amp;code</source>
        <translation>仅显示有代码的论文(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers with an ar&amp;Xiv id</source>
        <translation>仅显示有 arXiv 编号的论文(&amp;X)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search titles, authors, abstracts (Ctrl+F)</source>
        <translation>搜索标题、作者、摘要（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search papers</source>
        <translation>搜索论文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers with code</source>
        <translation>仅显示有代码的论文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers with an arXiv id</source>
        <translation>仅显示有 arXiv 编号的论文</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>档案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry types</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venues</source>
        <translation>发表处</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../app/importactions.cpp" line="+48"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some of what you dropped cannot be imported.</source>
        <translation>拖放的部分内容无法导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Profiles</source>
        <translation>导入档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile files (*.txt *.profile);;All files (*)</source>
        <translation>档案文件 (*.txt *.profile);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No profile files were found in what you chose.</source>
        <translation>在所选内容中未找到档案文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (cancelled: the remaining files were not imported)</source>
        <translation>%1（已取消：其余文件未导入）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n entries of %1 cannot be read, so nothing of the file was imported. Import its readable entries without them?</source>
        <translation>
            <numerusform>%1 中有 %n 个条目无法读取，因此该文件的内容均未导入。是否导入其余可读取的条目？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad Entries in %1</source>
        <translation>%1 中的错误条目</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import %n Readable Entries</source>
        <translation>
            <numerusform>导入 %n 个可读取的条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../app/importcontroller.cpp" line="+11"/>
        <source>Another program is writing to the store; waiting for its turn…</source>
        <translation>另一个程序正在写入数据库；正在等待其完成…</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+11"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../models/online/importjob.cpp" line="+99"/>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pasted text %1</source>
        <translation>粘贴的文本 %1</translation>
    </message>
</context>
<context>
    <name>ImportTransaction</name>
    <message>
        <location filename="../models/store/importtransaction.cpp" line="+311"/>
        <source>cannot store author &apos;%1&apos;</source>
        <translation>无法保存作者“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>cannot store affiliation &apos;%1&apos;</source>
        <translation>无法保存机构“%1”</translation>
    </message>
</context>
<context>
    <name>LibraryChange</name>
    <message numerus="yes">
        <location filename="../models/store/postgres/librarychange.h" line="+25"/>
        <source>%n paper(s) added by %1</source>
        <translation>
            <numerusform>%1 添加了 %n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) removed by %1</source>
        <translation>
            <numerusform>%1 移除了 %n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) put back by %1</source>
        <translation>
            <numerusform>%1 恢复了 %n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) completed from arXiv by %1</source>
        <translation>
            <numerusform>%1 从 arXiv 补全了 %n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) tagged by %1</source>
        <translation>
            <numerusform>%1 为 %n 篇论文添加了标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) untagged by %1</source>
        <translation>
            <numerusform>%1 移除了 %n 篇论文的标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) starred by %1</source>
        <translation>
            <numerusform>%1 为 %n 篇论文加了星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) unstarred by %1</source>
        <translation>
            <numerusform>%1 取消了 %n 篇论文的星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) marked by %1</source>
        <translation>
            <numerusform>%1 更改了 %n 篇论文的阅读状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the note of %n paper(s) changed by %1</source>
        <translation>
            <numerusform>%1 更改了 %n 篇论文的笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) added to a collection by %1</source>
        <translation>
            <numerusform>%1 将 %n 篇论文添加到了合集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) taken out of a collection by %1</source>
        <translation>
            <numerusform>%1 将 %n 篇论文移出了合集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>tags and marks of %n paper(s) put back by %1</source>
        <translation>
            <numerusform>%1 恢复了 %n 篇论文的标签和标记</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>collections or saved searches changed by %1</source>
        <translation>%1 更改了合集或保存的搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the library was changed by %1</source>
        <translation>%1 更改了文库</translation>
    </message>
</context>
<context>
    <name>LibraryCopy</name>
    <message>
        <location filename="../models/store/librarycopy.cpp" line="+21"/>
        <source>cannot read what users decided in %1: %2</source>
        <translation>无法读取 %1 中的用户数据：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the papers were copied, not all user data (tags, marks, notes, collections, saved searches): %1</source>
        <translation>论文已复制，但并非所有用户数据（标签、标记、笔记、合集、保存的搜索）都已复制：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is read-only</source>
        <translation>%1 为只读</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not empty: copy into a new library</source>
        <translation>%1 不为空：请复制到新的文库中</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1, nothing was copied: %2</source>
        <translation>无法写入 %1，未复制任何内容：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the papers were copied, the @preamble values not: %1</source>
        <translation>论文已复制，但 @preamble 值未复制：%1</translation>
    </message>
</context>
<context>
    <name>LibraryKeyring</name>
    <message>
        <location filename="../app/librarykeyring.cpp" line="+29"/>
        <source>No desktop keyring is running, so the password is kept for this session only</source>
        <translation>没有正在运行的桌面密钥环，因此密码仅在本次会话中保留</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desktop keyring refused access to the password</source>
        <translation>桌面密钥环拒绝访问该密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop keyring failed: %1</source>
        <translation>桌面密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <location filename="../app/librarysession.cpp" line="+72"/>
        <source>%1 – Paperscope</source>
        <translation>%1 – Paperscope</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The password is kept in the desktop keyring</source>
        <translation>密码已保存在桌面密钥环中</translation>
    </message>
</context>
<context>
    <name>LiveLibrary</name>
    <message>
        <location filename="../app/livelibrary.cpp" line="+61"/>
        <source>Reconnected to %1</source>
        <translation>已重新连接到 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection lost: reconnecting…</source>
        <translation>连接已断开：正在重新连接…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 was lost; the window is read-only until it is back</source>
        <translation>与 %1 的连接已断开；在连接恢复之前，窗口为只读</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../app/mainmenus.cpp" line="+21"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Shared Library…</source>
        <translation>打开共享文库(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Recent &amp;Library</source>
        <translation>最近打开的文库(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Profiles…</source>
        <translation>导入档案(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Recent</source>
        <translation>最近导入(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export BibTeX…</source>
        <translation>导出 BibTeX(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export C&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy BibTeX</source>
        <translation>复制 BibTeX(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Citation &amp;Key</source>
        <translation>复制引用键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Profile</source>
        <translation>粘贴档案(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Papers</source>
        <translation>移除论文(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &amp;Profile…</source>
        <translation>移除档案(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Online</source>
        <translation>在线(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look Up Selection on &amp;arXiv</source>
        <translation>在 arXiv 上查找所选论文(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look Up A&amp;ll on arXiv</source>
        <translation>在 arXiv 上查找全部(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Paperscope</source>
        <translation>关于 Paperscope(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+193"/>
        <source>Local Library (default)</source>
        <translation>本地文库（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared: %1</source>
        <translation>共享：%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>About Paperscope</source>
        <translation>关于 Paperscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;A bibliography browser for researcher profile files.&lt;/p&gt;&lt;p&gt;Qt %2 · %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;Store: %5&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;研究者档案文件的文献浏览器。&lt;/p&gt;&lt;p&gt;Qt %2 · %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;数据库：%5&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OnlineActions</name>
    <message>
        <location filename="../app/onlineactions.cpp" line="+27"/>
        <source>Every paper already has an arXiv id.</source>
        <translation>所有论文都已有 arXiv 编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the papers to look up on arXiv first.</source>
        <translation>请先选择要在 arXiv 上查找的论文。</translation>
    </message>
</context>
<context>
    <name>OrganiseCommand</name>
    <message>
        <location filename="../app/organisecommand.cpp" line="+28"/>
        <source>Only papers tagged T (repeatable, OR&apos;d).</source>
        <translation>仅限带有标签 T 的论文（可重复，按“或”组合）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only starred papers.</source>
        <translation>仅限已加星标的论文。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers in reading state S: unread, reading or read (repeatable, OR&apos;d).</source>
        <translation>仅限阅读状态为 S 的论文：unread、reading 或 read（可重复，按“或”组合）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers in collection NAME or one nested in it (repeatable, OR&apos;d).</source>
        <translation>仅限合集 NAME 或其子合集中的论文（可重复，按“或”组合）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers the saved search NAME finds.</source>
        <translation>仅限已保存的搜索 NAME 找到的论文。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the paper with citation key KEY (repeatable, OR&apos;d).</source>
        <translation>仅限引用键为 KEY 的论文（可重复，按“或”组合）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: remove the note.</source>
        <translation>note：删除笔记。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collection create: nest the new collection in NAME.</source>
        <translation>collection create：将新合集嵌套在 NAME 中。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--state wants unread, reading or read, not &apos;%1&apos;</source>
        <translation>--state 应为 unread、reading 或 read，而不是“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no saved search &apos;%1&apos;</source>
        <translation>不存在保存的搜索“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no paper matches the filters: nothing changed</source>
        <translation>没有符合筛选条件的论文：未做任何更改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--clear belongs to note</source>
        <translation>--clear 只能用于 note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--parent belongs to collection create</source>
        <translation>--parent 只能用于 collection create</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: tag add|remove TAG [FILTERS]</source>
        <translation>用法：tag add|remove TAG [FILTERS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag needs a name</source>
        <translation>标签需要一个名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tagged %1 of %2 matching papers with &apos;%3&apos;</source>
        <translation>已为 %2 篇匹配论文中的 %1 篇添加标签“%3”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took &apos;%3&apos; off %1 of %2 matching papers</source>
        <translation>已从 %2 篇匹配论文中的 %1 篇移除标签“%3”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: mark unread|reading|read [FILTERS]</source>
        <translation>用法：mark unread|reading|read [FILTERS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes no arguments, only filters: &apos;%2&apos;</source>
        <translation>%1 不接受参数，只接受筛选条件：“%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>marked %1 of %2 matching papers %3</source>
        <translation>已将 %2 篇匹配论文中的 %1 篇标记为 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starred %1 of %2 matching papers</source>
        <translation>已为 %2 篇匹配论文中的 %1 篇加星标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unstarred %1 of %2 matching papers</source>
        <translation>已为 %2 篇匹配论文中的 %1 篇取消星标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: note --key KEY [TEXT | --clear]</source>
        <translation>用法：note --key KEY [TEXT | --clear]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note takes a TEXT or --clear, not both</source>
        <translation>note 接受 TEXT 或 --clear，二者不能同时使用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cleared the note of %1</source>
        <translation>已清除 %1 的笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noted %1</source>
        <translation>已保存 %1 的笔记</translation>
    </message>
</context>
<context>
    <name>OrganiseController</name>
    <message>
        <location filename="../app/organisecontroller.cpp" line="+31"/>
        <source>Organise</source>
        <translation>整理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organise &amp;Panel</source>
        <translation>整理面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Star / Unstar</source>
        <translation>加星标 / 取消星标(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Rea&amp;d</source>
        <translation>标记为已读(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Rea&amp;ding</source>
        <translation>标记为在读(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to Co&amp;llection…</source>
        <translation>添加到合集(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve Current Search…</source>
        <translation>保存当前搜索(&amp;V)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+235"/>
        <source>Add to Collection</source>
        <translation>添加到合集</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Collection:</source>
        <translation>合集：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>O&amp;rganise</source>
        <translation>整理(&amp;G)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <source>Rename Collection</source>
        <translation>重命名合集</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Collection</source>
        <translation>删除合集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Saved Search</source>
        <translation>删除保存的搜索</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+148"/>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+148"/>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+151"/>
        <source>Mark</source>
        <translation>设置阅读状态</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+155"/>
        <location line="+9"/>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another change is still running; try again when it is done</source>
        <translation>另一项更改仍在进行中；请在其完成后重试</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+51"/>
        <location line="+21"/>
        <location line="+14"/>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+21"/>
        <source>Cancelled; nothing was changed</source>
        <translation>已取消；未做任何更改</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tag for the selected papers:</source>
        <translation>所选论文的标签：</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>New Collection</source>
        <translation>新建合集</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the search:</source>
        <translation>搜索名称：</translation>
    </message>
</context>
<context>
    <name>OrganiseJob</name>
    <message>
        <location filename="../app/organisejob.cpp" line="+19"/>
        <source>Cancel the change</source>
        <translation>取消更改</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1: %Ln papers…</source>
        <translation>
            <numerusform>%1：%Ln 篇论文…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisePanel</name>
    <message>
        <location filename="../views/organisepanel.cpp" line="+24"/>
        <source>Stars, tags, collections and saved searches</source>
        <translation>星标、标签、合集和保存的搜索</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading state</source>
        <translation>阅读状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved searches</source>
        <translation>保存的搜索</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading</source>
        <translation>在读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Starred papers</source>
        <translation>已加星标的论文</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New Collection…</source>
        <translation>新建合集…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename Collection…</source>
        <translation>重命名合集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Collection</source>
        <translation>删除合集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Current Search…</source>
        <translation>保存当前搜索…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Saved Search</source>
        <translation>删除保存的搜索</translation>
    </message>
</context>
<context>
    <name>OrganiseStore</name>
    <message>
        <location filename="../models/store/organisestore.cpp" line="+51"/>
        <location line="+24"/>
        <source>%1 may only read this shared library: nothing changed (%2)</source>
        <translation>%1 只能读取此共享文库：未做任何更改（%2）</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+29"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PaperDetailView</name>
    <message>
        <location filename="../views/paperdetailview.cpp" line="+47"/>
        <source>Select a paper to see its details</source>
        <translation>选择一篇论文以查看其详情</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper details</source>
        <translation>论文详情</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BibTeX preview</source>
        <translation>BibTeX 预览</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>et al.</source>
        <translation>等</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code available</source>
        <translation>有代码</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles</source>
        <translation>档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation key</source>
        <translation>引用键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arXiv</source>
        <translation>arXiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>PaperListView</name>
    <message>
        <location filename="../views/paperlistview.cpp" line="+20"/>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Empty paper store</source>
        <translation>空的论文库</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;p&gt;&lt;img src=&apos;:/icons/paperscope.svg&apos; width=&apos;96&apos; height=&apos;96&apos;&gt;&lt;/p&gt;&lt;p style=&apos;font-size:15pt; font-weight:600&apos;&gt;Drop profile files here&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;or use &lt;b&gt;File &amp;gt; Import Profiles…&lt;/b&gt; (Ctrl+O),&lt;br&gt;or paste a profile with &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;Folders work too: every profile file inside is imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;img src=&apos;:/icons/paperscope.svg&apos; width=&apos;96&apos; height=&apos;96&apos;&gt;&lt;/p&gt;&lt;p style=&apos;font-size:15pt; font-weight:600&apos;&gt;将档案文件拖放到此处&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;或使用&lt;b&gt;文件 &amp;gt; 导入档案…&lt;/b&gt;（Ctrl+O），&lt;br&gt;或用 &lt;b&gt;Ctrl+V&lt;/b&gt; 粘贴档案。&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;也可以拖放文件夹：其中的所有档案文件都会被导入。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p style=&apos;font-size:13pt; font-weight:600&apos;&gt;No papers match the filters&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;clear&apos;&gt;Clear filters&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt; font-weight:600&apos;&gt;没有符合筛选条件的论文&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;clear&apos;&gt;清除筛选&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaperMarksEditor</name>
    <message>
        <location filename="../views/papermarkseditor.cpp" line="+18"/>
        <source>Save &amp;Note</source>
        <translation>保存笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>在读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading state</source>
        <translation>阅读状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a tag and press Enter</source>
        <translation>输入标签后按 Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note on this paper</source>
        <translation>关于这篇论文的笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Take the tag %1 off</source>
        <translation>移除标签 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;无&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>PaperStore</name>
    <message>
        <location filename="../models/store/importbatch.cpp" line="+22"/>
        <location line="+46"/>
        <location filename="../models/store/importbatchtransaction.cpp" line="+68"/>
        <location line="+10"/>
        <location filename="../models/store/paperstore.cpp" line="+178"/>
        <location line="+8"/>
        <source>nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../models/store/paperstore.cpp" line="-112"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot open the store %1</source>
        <translation>无法打开数据库 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot set up the store %1</source>
        <translation>无法设置数据库 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Paperscope store</source>
        <translation>%1 不是 Paperscope 数据库</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot prepare the store %1</source>
        <translation>无法准备数据库 %1</translation>
    </message>
    <message>
        <location filename="../models/store/bibfieldstransaction.cpp" line="-21"/>
        <location filename="../models/store/importtransaction.cpp" line="-246"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PaperTableModel</name>
    <message>
        <location filename="../models/itemmodels/papertablemodel.cpp" line="+22"/>
        <location line="+27"/>
        <source>%1 et al.</source>
        <translation>%1 等</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First author</source>
        <translation>第一作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../models/store/postgres/pgconnection.cpp" line="+18"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql (libqt5sql5-psql for the Qt 5 build)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）：请安装 libqt6sql6-psql（Qt 5 版本请安装 libqt5sql5-psql）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>wrong password for %1 on %2 (libpq reads it from PGPASSWORD, ~/.pgpass or a service file)</source>
        <translation>%1 在 %2 上的密码错误（libpq 从 PGPASSWORD、~/.pgpass 或服务文件中读取密码）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 asks for a password: give it through PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>%1 在 %2 上需要密码：请通过 PGPASSWORD、~/.pgpass 或服务文件提供</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no role %2: ask the library&apos;s owner to create it (createuser)</source>
        <translation>%1 上没有角色 %2：请让文库的所有者创建它（createuser）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no database %1 on %2: create it with createdb, or check the name</source>
        <translation>%2 上没有数据库 %1：请用 createdb 创建它，或检查名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer TLS, but sslmode=%2 requires it</source>
        <translation>%1 不提供 TLS，但 sslmode=%2 要求使用 TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepts %2 only over TLS: use sslmode=require</source>
        <translation>%1 只接受 %2 通过 TLS 连接：请使用 sslmode=require</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not let %2 in from this machine (pg_hba.conf)</source>
        <translation>%1 不允许 %2 从这台计算机连接（pg_hba.conf）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot find the host %1 (check the name)</source>
        <translation>找不到主机 %1（请检查名称）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach PostgreSQL at %1: is the server running, and the host and port right?</source>
        <translation>无法连接到 %1 上的 PostgreSQL：服务器是否在运行，主机和端口是否正确？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no free connections left; try again later</source>
        <translation>%1 已没有空闲连接；请稍后再试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the shared library %1: %2</source>
        <translation>无法打开共享文库 %1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the connection to %1 was lost (the server stopped or the network failed); nothing of the unfinished work was kept</source>
        <translation>与 %1 的连接已断开（服务器已停止或网络故障）；未完成的工作均未保留</translation>
    </message>
</context>
<context>
    <name>PgImport</name>
    <message>
        <location filename="../models/store/postgres/pgimport.cpp" line="+57"/>
        <source>a paper without a title (line %1)</source>
        <translation>一篇没有标题的论文（第 %1 行）</translation>
    </message>
</context>
<context>
    <name>PgPaperStore</name>
    <message>
        <location filename="../models/store/postgres/pgpaperstore.cpp" line="+66"/>
        <source>&apos;%1&apos; is not a shared library&apos;s URL</source>
        <translation>“%1”不是共享文库的 URL</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 opens read-only: your role may read this library, not change it</source>
        <translation>%1 以只读方式打开：您的角色可以读取此文库，但不能更改</translation>
    </message>
</context>
<context>
    <name>PgRoles</name>
    <message>
        <location filename="../models/store/postgres/pgroles.cpp" line="+50"/>
        <source>only the owner of the library %1 grants roles</source>
        <translation>只有文库 %1 的所有者才能授予角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no role %1: create it first (createuser %1)</source>
        <translation>没有角色 %1：请先创建它（createuser %1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is one of the library&apos;s group roles; grant to a login role</source>
        <translation>%1 是文库的组角色之一；请授予给登录角色</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 may not create or grant roles (it needs CREATEROLE): %2</source>
        <translation>%1 无权创建或授予角色（需要 CREATEROLE）：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>granting failed, nothing changed: %1</source>
        <translation>授予失败，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <location filename="../models/store/postgres/pgschema.cpp" line="+53"/>
        <source>cannot read the shared library&apos;s version: %1</source>
        <translation>无法读取共享文库的版本：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this library was written by a newer Paperscope (schema %1; this one knows up to %2): update Paperscope</source>
        <translation>此文库由较新版本的 Paperscope 写入（架构 %1；本版本最高支持 %2）：请更新 Paperscope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database %1 holds tables of another program, not a Paperscope library: use an empty database</source>
        <translation>数据库 %1 包含其他程序的表，而不是 Paperscope 文库：请使用空数据库</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database %1 is not a Paperscope library yet: its owner (%2) creates it by opening it once</source>
        <translation>数据库 %1 还不是 Paperscope 文库：其所有者（%2）打开一次即可创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library needs an update to schema %1 that only its owner (%2) may run: ask them to open it once</source>
        <translation>文库需要更新到架构 %1，只有其所有者（%2）可以执行：请让其打开一次文库</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>the library&apos;s schema could not be updated; nothing changed: %1</source>
        <translation>无法更新文库的架构；未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>ProfileDownloader</name>
    <message>
        <location filename="../models/online/profiledownloader.cpp" line="+37"/>
        <source>only http and https links can be imported</source>
        <translation>只能导入 http 和 https 链接</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server does not say the content is text</source>
        <translation>服务器未声明内容为文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a text file (%1)</source>
        <translation>不是文本文件（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+45"/>
        <source>larger than %L1 KiB</source>
        <translation>大于 %L1 KiB</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>no complete reply within %L1 ms</source>
        <translation>%L1 毫秒内未收到完整响应</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>more than %n redirects</source>
        <translation>
            <numerusform>重定向超过 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected to %1, which is not an http(s) link</source>
        <translation>被重定向到 %1，它不是 http(s) 链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected from https to plain http (%1)</source>
        <translation>从 https 被重定向到未加密的 http（%1）</translation>
    </message>
</context>
<context>
    <name>ProfileFiguresModel</name>
    <message>
        <location filename="../models/itemmodels/profilefiguresmodel.cpp" line="+44"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (main category %2)</source>
        <translation>%1（主类别 %2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h-index</source>
        <translation>h 指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citations</source>
        <translation>引用数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty</source>
        <translation>新颖度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI score</source>
        <translation>AI 评分</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <location filename="../models/store/profileimporter.cpp" line="+20"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a profile file</source>
        <translation>%1：是文件夹，不是档案文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: too large for a profile file (%L2 MB)</source>
        <translation>%1：作为档案文件过大（%L2 MB）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source> (and %n more bad entries; nothing of the file was imported)</source>
        <translation>
            <numerusform>（另有 %n 个错误条目；文件中的内容均未导入）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileParser</name>
    <message>
        <location filename="../models/formats/profileparser.cpp" line="+202"/>
        <source>expected %1, found the end of the file</source>
        <translation>应为 %1，却已到文件末尾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1, found %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+14"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>binary data, not a profile file</source>
        <translation>二进制数据，不是档案文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line longer than %L1 characters, not a profile file</source>
        <translation>行长度超过 %L1 个字符，不是档案文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a researcher&apos;s name, found %1</source>
        <translation>应为研究者姓名，实际为 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a category code such as &apos;SE&apos;</source>
        <translation>类别代码（如“SE”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;h-index&lt;number&gt;&apos;</source>
        <extracomment>The file holds &quot;h-index&quot; literally, followed by a number.</extracomment>
        <translation>“h-index&lt;数字&gt;”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;&lt;number&gt;papers&apos;</source>
        <extracomment>The file holds a number followed by &quot;papers&quot; literally.</extracomment>
        <translation>“&lt;数字&gt;papers”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;&lt;number&gt;citations&apos;</source>
        <extracomment>The file holds a number followed by &quot;citations&quot; literally.</extracomment>
        <translation>“&lt;数字&gt;citations”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;&lt;number&gt; Papers&apos;</source>
        <extracomment>The file holds a number followed by &quot; Papers&quot; literally.</extracomment>
        <translation>“&lt;数字&gt; Papers”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a paper header such as &apos;SEJan 9, 2023&apos;, found %1</source>
        <translation>应为论文标题行（如“SEJan 9, 2023”），实际为 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>impossible date &apos;%1 %2, %3&apos;</source>
        <translation>不可能的日期“%1 %2, %3”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>impossible date &apos;%1 %2&apos;</source>
        <translation>不可能的日期“%1 %2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>paper block ends before its authors</source>
        <translation>论文块在作者行之前结束</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expected a paper title, found %1</source>
        <translation>应为论文标题，实际为 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a paper title with a letter or a digit, found %1</source>
        <translation>应为包含字母或数字的论文标题，实际为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected the authors of the paper on line %1, found %2</source>
        <translation>应为第 %1 行论文的作者，实际为 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file says %1 but lists no paper</source>
        <translation>文件声明 %1，但未列出任何论文</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <location filename="../app/removecommand.cpp" line="+9"/>
        <source>Remove Paper</source>
        <translation>移除论文</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %Ln Papers</source>
        <translation>
            <numerusform>移除 %Ln 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Profile %1</source>
        <translation>移除档案 %1</translation>
    </message>
</context>
<context>
    <name>RemoveController</name>
    <message numerus="yes">
        <location filename="../app/removecontroller.cpp" line="+25"/>
        <source>Removed %Ln papers. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已移除 %Ln 篇论文。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Remove Profile</source>
        <translation>移除档案</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Profile to remove:</source>
        <translation>要移除的档案：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 and the papers no other profile lists? You can undo this.</source>
        <translation>要移除 %1 以及其他档案均未列出的论文吗？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>SharedCommand</name>
    <message>
        <location filename="../app/sharedcommand.cpp" line="+18"/>
        <source>grant works on shared libraries only: --db postgresql://USER@HOST/DB</source>
        <translation>grant 仅适用于共享文库：--db postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>grant wants reader|editor ROLE</source>
        <translation>grant 需要 reader|editor ROLE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2 of %3 (member of %4)</source>
        <translation>%1 现在是 %3 的 %2（%4 的成员）</translation>
    </message>
</context>
<context>
    <name>SharedLibraryDialog</name>
    <message>
        <location filename="../views/sharedlibrarydialog.cpp" line="+22"/>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>在桌面密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Shared Library</source>
        <translation>打开共享文库</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Require TLS</source>
        <translation>要求 TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS and check the certificate</source>
        <translation>要求 TLS 并验证证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS, check the certificate and the host name</source>
        <translation>要求 TLS，并验证证书和主机名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No TLS</source>
        <translation>不使用 TLS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: else the keyring, ~/.pgpass or PGPASSWORD</source>
        <translation>可选：否则使用密钥环、~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../views/statusprogress.cpp" line="+11"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>StoreArxiv</name>
    <message>
        <location filename="../models/store/postgres/pgarxiv.cpp" line="+78"/>
        <location filename="../models/store/storearxiv.cpp" line="+56"/>
        <source>the match has no arXiv id</source>
        <translation>匹配结果没有 arXiv 编号</translation>
    </message>
    <message>
        <location filename="../models/store/storearxiv.cpp" line="+4"/>
        <source>the store is busy or read-only: %1</source>
        <translation>数据库正忙或为只读：%1</translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgarxiv.cpp" line="-30"/>
        <location filename="../models/store/storearxiv.cpp" line="+14"/>
        <source>the paper is no longer in the store</source>
        <translation>该论文已不在数据库中</translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message numerus="yes">
        <location filename="../models/store/storefault.cpp" line="+101"/>
        <source>the store is busy: another program kept it locked for over %n seconds; try again when it is done</source>
        <translation>
            <numerusform>数据库正忙：另一个程序将其锁定超过 %n 秒；请待其完成后重试</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full (or the store reached its size limit)</source>
        <translation>磁盘已满（或数据库已达到大小上限）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store is read-only</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store is damaged; restart Paperscope to keep it aside and start afresh</source>
        <translation>数据库已损坏；请重新启动 Paperscope，将其移到一旁并重新开始</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <location filename="../app/storenotice.cpp" line="+45"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read-only store: browse and export only</source>
        <translation>只读数据库：仅可浏览和导出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged store replaced</source>
        <translation>已替换损坏的数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store was damaged. It was kept aside and a new, empty store was created.</source>
        <translation>数据库已损坏。它已被移到一旁，并创建了一个新的空数据库。</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../models/store/storeopener.cpp" line="+129"/>
        <source>cannot move it aside to %1</source>
        <translation>无法将其移到 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>moved it to %1 but cannot move %2 along</source>
        <translation>已将其移到 %1，但无法一并移动 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the store %1 is a folder, not a file</source>
        <translation>数据库 %1 是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the store %1: permission denied</source>
        <translation>无法读取数据库 %1：权限被拒绝</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>the store %1 is busy: another program has kept it locked for over %n seconds (%2); try again when it is done</source>
        <translation>
            <numerusform>数据库 %1 正忙：另一个程序已将其锁定超过 %n 秒（%2）；请待其完成后重试</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the store %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store %1 is damaged (%2) and read-only, so it cannot be replaced; it was left as it is</source>
        <translation>数据库 %1 已损坏（%2）且为只读，因此无法替换；已保持原样</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the store %1 is damaged (%2) and %3</source>
        <extracomment>%3 says what went wrong when the damaged file was moved aside.</extracomment>
        <translation>数据库 %1 已损坏（%2），并且%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the store %1 was damaged (%2); it was kept as %3 and a new, empty store was created</source>
        <translation>数据库 %1 已损坏（%2）；已保留为 %3，并创建了一个新的空数据库</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the store %1 was written by a newer Paperscope (schema %2, this build knows %3); it was left as it is</source>
        <translation>数据库 %1 由较新版本的 Paperscope 写入（架构 %2，本版本支持 %3）；已保持原样</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Paperscope store (it holds another program&apos;s tables); it was left as it is</source>
        <translation>%1 不是 Paperscope 数据库（其中是其他程序的表）；已保持原样</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the store %1 is read-only and needs an upgrade from schema %2 to %3; it was left as it is</source>
        <translation>数据库 %1 为只读，需要从架构 %2 升级到 %3；已保持原样</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the store %1 is read-only: papers can be browsed and exported, not imported or removed</source>
        <translation>数据库 %1 为只读：可以浏览和导出论文，但不能导入或移除</translation>
    </message>
</context>
<context>
    <name>StoreRemoval</name>
    <message>
        <location filename="../models/store/storeremoval.cpp" line="+53"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>没有名为“%1”的档案</translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgremoval.cpp" line="+74"/>
        <source>there is no profile named %1</source>
        <translation>没有名为 %1 的档案</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <location filename="../models/store/storeschema.cpp" line="+38"/>
        <source>cannot read the schema version</source>
        <translation>无法读取架构版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store was written by a newer Paperscope (schema %1, this build knows %2)</source>
        <translation>数据库由较新版本的 Paperscope 写入（架构 %1，本版本支持 %2）</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <location filename="../models/store/textreport.cpp" line="+45"/>
        <location line="+27"/>
        <source>%Ln papers added</source>
        <translation>
            <numerusform>新增 %Ln 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <location line="+27"/>
        <source>%Ln already known</source>
        <translation>
            <numerusform>%Ln 篇已存在</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>new profile</source>
        <translation>新档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile updated</source>
        <translation>档案已更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing changed</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln files imported</source>
        <translation>
            <numerusform>已导入 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln 个被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln profiles updated</source>
        <translation>
            <numerusform>已更新 %Ln 个档案</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>copied %Ln papers and %1 to %2</source>
        <translation>
            <numerusform>已将 %Ln 篇论文和 %1 复制到 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln profiles</source>
        <translation>
            <numerusform>%Ln 个档案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearChartModel</name>
    <message>
        <location filename="../models/itemmodels/yearchartmodel.cpp" line="+62"/>
        <source>%1 in %2: %3 of %4</source>
        <translation>%1（%2 年）：%3，共 %4 篇</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln 篇论文</numerusform>
        </translation>
    </message>
</context>
</TS>
